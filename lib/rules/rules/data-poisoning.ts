import type { GraphElement } from '../../graph/types';
import type { RuleContext } from '../context';
import { list, named, prop, props } from '../describe';
import { dataToTraining, hasUntrustedOrigin, isValidator, pathsText, unvalidatedData } from '../facts';
import type { Rule, Suggestion } from '../types';

const poisonThreat: Record<string, string> = { 'training-job': 'TL-AI-001', 'feature-store': 'TL-AI-005', 'vector-store': 'TL-AI-045' };

const paths = (ctx: RuleContext, target: GraphElement, triggers: GraphElement[]) => pathsText(ctx, target.id, triggers, 'up', unvalidatedData);

export const poisonUpstreamUntrusted: Rule = {
  id: 'R-POISON-UPSTREAM-UNTRUSTED',
  title: 'Untrusted data reaches training, features or retrieval without validation',
  description:
    'Follows data flows upstream from every training job, feature store and vector store to data sources or stores whose origin is public web, user generated or partner, and reports those reached without passing a validation step (ingestion or source validation, labelling quality review, feedback validation).',
  threatIds: ['TL-AI-001', 'TL-AI-004', 'TL-AI-005', 'TL-AI-045'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const target of ctx.elements('training-job', 'feature-store', 'vector-store')) {
      if (isValidator(ctx, target)) continue;
      const sources = [...ctx.reach(target.id, 'up', unvalidatedData).values()]
        .map((h) => h.element)
        .filter((el) => hasUntrustedOrigin(ctx, el) && !isValidator(ctx, el));
      if (sources.length === 0) continue;
      const p = paths(ctx, target, sources);
      const origins = [...new Set(sources.map((s) => prop(s, 'origin')))].join('; ');
      const text = `${named(target)} consumes data from ${list(sources.map(named), 3)} (${origins}) with no validation step on the path: ${p.text}`;
      out.push(ctx.forElement(this.id, poisonThreat[target.kind]!, target, `${text} — anyone who can edit that data can poison what is learnt or retrieved.`, p.ids));
      const userGenerated = sources.filter((s) => ctx.str(s, 'origin') === 'user-generated');
      if (target.kind === 'training-job' && userGenerated.length) {
        const q = paths(ctx, target, userGenerated);
        out.push(
          ctx.forElement(this.id, 'TL-AI-004', target,
            `${named(target)} trains on user-generated data from ${list(userGenerated.map(named), 3)} without validation: ${q.text} — correctly labelled but crafted examples can plant a backdoor.`, q.ids),
        );
      }
    }
    return out;
  },
};

export const poisonLabelFlip: Rule = {
  id: 'R-POISON-LABEL-FLIP',
  title: 'Crowd or vendor labels feed training without quality review',
  description: 'Reports labelling stages with a crowd or vendor workforce and no recorded quality review whose labels flow (through data stages) into a training job.',
  threatIds: ['TL-AI-002'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const lab of ctx.elements('labelling')) {
      const workforce = ctx.str(lab, 'workforce');
      if ((workforce !== 'crowd' && workforce !== 'vendor') || ctx.yn(lab, 'qualityReview') === 'yes') continue;
      const jobs = [...ctx.reach(lab.id, 'down', dataToTraining).values()].map((h) => h.element).filter((el) => el.kind === 'training-job');
      if (jobs.length === 0) continue;
      const t = pathsText(ctx, lab.id, jobs, 'down', dataToTraining);
      out.push(
        ctx.forElement(this.id, 'TL-AI-002', lab,
          `${named(lab)}${props(lab, ['workforce', 'qualityReview'])} labels data for ${list(jobs.map(named), 3)}: ${t.text} — an annotator can flip labels unnoticed.`, t.ids),
      );
    }
    return out;
  },
};

export const poisonFeedbackLoop: Rule = {
  id: 'R-POISON-FEEDBACK-LOOP',
  title: 'Unvalidated production feedback becomes training data',
  description:
    'Follows data flows upstream from every training job to feedback loops that are not validated, reached without passing a validation step; a feedback loop marked as feeding training with no drawn path to a job is reported on itself.',
  threatIds: ['TL-AI-003'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const reached = new Set<string>();
    for (const job of ctx.elements('training-job')) {
      const loops = [...ctx.reach(job.id, 'up', unvalidatedData).values()].map((h) => h.element).filter((el) => el.kind === 'feedback-loop' && !isValidator(ctx, el));
      if (loops.length === 0) continue;
      for (const l of loops) reached.add(l.id);
      const p = paths(ctx, job, loops);
      out.push(
        ctx.forElement(this.id, 'TL-AI-003', job,
          `${named(job)} learns from ${list(loops.map((l) => named(l) + props(l, ['validation'])), 3)} with no validation step on the path: ${p.text} — users can steer future models with coordinated feedback.`, p.ids),
      );
    }
    for (const loop of ctx.elements('feedback-loop')) {
      if (reached.has(loop.id) || ctx.yn(loop, 'feedsTraining') !== 'yes' || isValidator(ctx, loop)) continue;
      out.push(ctx.forElement(this.id, 'TL-AI-003', loop, `${named(loop)}${props(loop, ['feedsTraining', 'validation'])} turns production feedback into training data unchecked — users can steer future models with coordinated feedback.`));
    }
    return out;
  },
};

export const dataPoisoningRules: Rule[] = [poisonUpstreamUntrusted, poisonLabelFlip, poisonFeedbackLoop];
