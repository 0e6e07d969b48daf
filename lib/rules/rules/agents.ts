import type { GraphElement } from '../../graph/types';
import type { RuleContext } from '../context';
import { list, named, props } from '../describe';
import { untrustedContentFor, userFacing } from '../facts';
import type { Rule, Suggestion } from '../types';

const writes = (v: string) => v === 'read-write' || v === 'external-actions';
const approves = (v: string) => v === 'always' || v === 'sensitive';

function writeTools(ctx: RuleContext, agent: GraphElement): GraphElement[] {
  return ctx.successors(agent).filter((t) => t.kind === 'tool' && writes(ctx.str(t, 'access')));
}

/** Someone confirms actions: the agent asks for approval, or an LLM app in front keeps a human in the loop. */
function humanGate(ctx: RuleContext, agent: GraphElement): boolean {
  if (approves(ctx.str(agent, 'humanApproval'))) return true;
  return ctx.predecessors(agent).some((p) => p.kind === 'llm-application' && ctx.yn(p, 'humanInTheLoop') === 'yes');
}

export const excessiveAgency: Rule = {
  id: 'R-AGENT-EXCESSIVE-AGENCY',
  title: 'Agent can act without approval, sandbox or step limit',
  description:
    'Reports agents with write or external-action tools (own permissions or connected tools) that lack human approval (or a human-in-the-loop app in front), sandboxing or a step limit; write tools that no one approves; agents without sandboxing that call tools; and agents without a step limit.',
  threatIds: ['TL-AI-049', 'TL-AI-051', 'TL-AI-054', 'TL-AI-061'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const gatedTools = new Set<string>();
    for (const agent of ctx.elements('agent')) {
      const tools = writeTools(ctx, agent);
      const gated = humanGate(ctx, agent);
      if (gated) for (const t of ctx.successors(agent)) gatedTools.add(t.id);
      const hasWrite = writes(ctx.str(agent, 'toolPermissions')) || tools.length > 0;
      const missing = [...(gated ? [] : ['humanApproval']), ...['sandboxed', 'stepLimit'].filter((k) => ctx.yn(agent, k) !== 'yes')];
      const ids = [agent.id, ...tools.map((t) => t.id)];
      if (hasWrite && missing.length) {
        const via = tools.length ? ` through ${list(tools.map((t) => named(t) + props(t, ['access'])), 3)}` : '';
        out.push(ctx.forElement(this.id, 'TL-AI-049', agent, `${named(agent)}${props(agent, ['toolPermissions'])} can change things${via} with ${props(agent, missing).slice(2, -1)} — one manipulated plan becomes a real action.`, ids));
      }
      const anyTools = ctx.successors(agent).some((t) => t.kind === 'tool') || ctx.str(agent, 'toolPermissions') !== '';
      if (anyTools && ctx.yn(agent, 'sandboxed') !== 'yes') {
        out.push(ctx.forElement(this.id, 'TL-AI-054', agent, `${named(agent)}${props(agent, ['sandboxed'])} calls tools — generated code or commands run with the agent’s own access.`, ids));
      }
      if (ctx.yn(agent, 'stepLimit') !== 'yes') {
        out.push(ctx.forElement(this.id, 'TL-AI-061', agent, `${named(agent)}${props(agent, ['stepLimit'])} — a confused or manipulated plan can loop without end.`));
      }
    }
    for (const tool of ctx.elements('tool')) {
      if (!writes(ctx.str(tool, 'access')) || approves(ctx.str(tool, 'humanApproval')) || gatedTools.has(tool.id)) continue;
      const callers = ctx.predecessors(tool).filter((p) => p.kind === 'agent' || p.kind === 'llm-application');
      if (callers.length === 0) continue;
      out.push(
        ctx.forElement(this.id, 'TL-AI-051', tool, `${named(tool)}${props(tool, ['access', 'humanApproval'])} is called by ${list(callers.map(named), 2)} with no human approval on the way — a manipulated model can delete or send data.`, [tool.id, ...callers.map((c) => c.id)]),
      );
    }
    return out;
  },
};

export const thirdPartyTool: Rule = {
  id: 'R-AGENT-THIRD-PARTY-TOOL',
  title: 'Third-party tool or MCP server called by a model',
  description: 'Reports tools recorded as third-party that an agent or LLM app calls.',
  threatIds: ['TL-AI-053'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const tool of ctx.elements('tool')) {
      if (ctx.yn(tool, 'thirdParty') !== 'yes') continue;
      const callers = ctx.predecessors(tool).filter((p) => p.kind === 'agent' || p.kind === 'llm-application');
      if (callers.length === 0) continue;
      out.push(ctx.forElement(this.id, 'TL-AI-053', tool, `${named(tool)}${props(tool, ['thirdParty', 'access'])} is called by ${list(callers.map(named), 2)} — its description and results are written by someone else and can steer the model.`, [tool.id, ...callers.map((c) => c.id)]));
    }
    return out;
  },
};

export const agentMemoryPoisoning: Rule = {
  id: 'R-AGENT-MEMORY-POISONING',
  title: 'Agent memory can be poisoned',
  description: 'Reports agents with persistent memory, or that write to and read back from the same store, naming the untrusted content or users that can plant entries.',
  threatIds: ['TL-AI-052'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const agent of ctx.elements('agent')) {
      const readBack = new Set(ctx.predecessors(agent).map((p) => p.id));
      const memories = ctx.successors(agent).filter((s) => (s.kind === 'vector-store' || s.kind === 'data-store') && readBack.has(s.id));
      if (ctx.yn(agent, 'persistentMemory') !== 'yes' && memories.length === 0) continue;
      const inputs = [
        ...untrustedContentFor(ctx, agent).map((u) => named(u.el)),
        ...(userFacing(ctx, agent) ? ['its users'] : []),
      ];
      const mem = memories.length ? ` in ${list(memories.map(named), 2)}` : '';
      const from = inputs.length ? `; ${list(inputs, 3)} can plant entries` : '';
      out.push(ctx.forElement(this.id, 'TL-AI-052', agent, `${named(agent)}${props(agent, ['persistentMemory'])} keeps memory across sessions${mem}${from} — a poisoned memory steers every later task.`, [agent.id, ...memories.map((m) => m.id)]));
    }
    return out;
  },
};

export const agentRules: Rule[] = [excessiveAgency, thirdPartyTool, agentMemoryPoisoning];
