import { select, url, yesNo } from '../fields';
import { dataFacts, defineKind } from './shared';

const provenanceTracked = yesNo('Provenance tracked', 'Lineage of each record (where, when, by whom) is recorded.');
const validation = yesNo('Validation', 'Content is checked for schema, outliers and injected instructions before use.');
const accessControl = yesNo('Access restricted', 'Only named roles or services can read and write.');
const encryptionAtRest = yesNo('Encrypted at rest');

export const dataKinds = {
  'data-source': defineKind('data-source', {
    label: 'Data source',
    category: 'data',
    description: 'Where raw data originates, such as an application database, a partner feed, a web crawl or user uploads.',
    icon: 'FileInput',
    props: {
      ...dataFacts,
      sourceUrl: url('Source URL', 'Landing page or API of the data, if public.'),
      validation,
      provenanceTracked,
    },
  }),
  'data-ingestion': defineKind('data-ingestion', {
    label: 'Data ingestion / ETL',
    shortLabel: 'Data ingestion',
    category: 'data',
    description: 'A job that collects, cleans, transforms and loads data into storage for training or retrieval.',
    icon: 'Import',
    props: {
      validation,
      provenanceTracked,
      personalData: dataFacts.personalData,
      piiRedaction: yesNo('PII redaction', 'Personal data is removed or masked during ingestion.'),
      pinnedDependencies: yesNo('Pinned dependencies', 'Parsers and libraries are pinned to reviewed versions.'),
    },
  }),
  'data-store': defineKind('data-store', {
    label: 'Data store',
    category: 'data',
    description: 'Persistent storage for datasets, such as a data lake, warehouse or object storage bucket.',
    icon: 'Database',
    props: {
      ...dataFacts,
      provenanceTracked,
      accessControl,
      encryptionAtRest,
      versioned: yesNo('Versioned snapshots', 'Datasets are versioned so a training run can be traced and rolled back.'),
      publicAccess: yesNo('Publicly readable', 'Any part of the store can be read without credentials.'),
    },
  }),
  labelling: defineKind('labelling', {
    label: 'Labelling',
    category: 'data',
    description: 'Human or automated annotation that attaches labels or preferences to training examples.',
    icon: 'Tags',
    props: {
      workforce: select('Workforce', [
        { value: 'internal', label: 'Internal staff' },
        { value: 'vendor', label: 'Vendor' },
        { value: 'crowd', label: 'Crowd workers' },
        { value: 'automated', label: 'Automated / model-assisted' },
      ]),
      personalData: dataFacts.personalData,
      qualityReview: yesNo('Quality review', 'Labels are sampled and checked, e.g. by consensus or gold questions.'),
      provenanceTracked,
    },
  }),
  'feature-store': defineKind('feature-store', {
    label: 'Feature store',
    category: 'data',
    description: 'Serves curated, versioned features consistently to training jobs and to online inference.',
    icon: 'Layers',
    props: {
      personalData: dataFacts.personalData,
      validation,
      accessControl,
      onlineServing: yesNo('Online serving', 'Features are read at inference time, not only for training.'),
    },
  }),
  'vector-store': defineKind('vector-store', {
    label: 'Vector store',
    category: 'data',
    description: 'Holds embeddings and their source passages for similarity search in retrieval-augmented generation.',
    icon: 'Boxes',
    props: {
      personalData: dataFacts.personalData,
      accessControl: yesNo('Document-level access control', 'Retrieval respects the permissions of the person asking.'),
      tenantIsolation: yesNo('Tenant isolation', 'Each customer or team has its own collection or filter enforced server-side.'),
      encryptionAtRest,
      validation,
    },
  }),
};
