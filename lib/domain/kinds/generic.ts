import { textarea, yesNo } from '../fields';
import { dataFacts, defineKind } from './shared';

// Kinds for diagrams drawn in general-purpose tools (Threat Dragon, OTM...), where a shape says
// only "process", "store" or "actor". Imports land here when the name does not tell us the AI
// stage; the user can re-type them in bulk on the canvas. Only the STRIDE baseline applies.
const notes = textarea('Notes', 'Facts with no field of their own, e.g. properties imported from another tool.');

export const genericKinds = {
  'generic-process': defineKind('generic-process', {
    label: 'Process',
    category: 'generic',
    description: 'A generic process or service whose role in the AI pipeline is not specified yet.',
    icon: 'Cog',
    props: {
      personalData: dataFacts.personalData,
      authentication: yesNo('Authentication', 'Callers must authenticate.'),
      notes,
    },
  }),
  'generic-store': defineKind('generic-store', {
    label: 'Store',
    category: 'generic',
    description: 'A generic data store such as a database, queue, cache or file share whose contents are not specified yet.',
    icon: 'Archive',
    props: {
      personalData: dataFacts.personalData,
      encryptionAtRest: yesNo('Encrypted at rest'),
      accessControl: yesNo('Access restricted', 'Only named roles or services can read and write.'),
      notes,
    },
  }),
  'external-entity': defineKind('external-entity', {
    label: 'External entity / actor',
    shortLabel: 'External entity',
    category: 'generic',
    description: 'Someone or something outside the system that sends or receives data, such as a partner system or an unspecified user.',
    icon: 'CircleUser',
    props: {
      authenticated: yesNo('Authenticated', 'Is identified before data is accepted from it.'),
      notes,
    },
  }),
};
