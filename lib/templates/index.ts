import { agenticAssistant } from './agentic-assistant';
import { llmFineTuning } from './llm-fine-tuning';
import { ragChatbot } from './rag-chatbot';
import { supervisedMlKubernetes } from './supervised-ml-kubernetes';
import type { TemplateDef } from './types';

export type { TemplateDef } from './types';
export { ELEMENT_HEIGHT, ELEMENT_WIDTH } from './layout';

export const templates: readonly TemplateDef[] = [supervisedMlKubernetes, ragChatbot, llmFineTuning, agenticAssistant];

export function findTemplate(id: string): TemplateDef | undefined {
  return templates.find((t) => t.id === id);
}
