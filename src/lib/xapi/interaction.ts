/** A quiz response in xAPI's interaction terms (cmi.interaction types and response strings). */
import type { QuizResponse } from '../quiz-response.ts';

/** A question's response as an xAPI interaction type and response string (options and sentences by index). */
export function interactionOf(response: QuizResponse): {
  type: 'true-false' | 'choice' | 'fill-in' | 'sequencing' | 'numeric';
  response: string;
} {
  switch (response.type) {
    case 'single':
      return { type: 'choice', response: String(response.option) };
    case 'multiple':
      return { type: 'choice', response: response.options.join('[,]') };
    case 'true-false':
      return { type: 'true-false', response: String(response.value) };
    case 'numeric':
      return { type: 'numeric', response: String(response.value) };
    case 'datetime':
      return { type: 'fill-in', response: response.local };
    case 'ordering':
      return { type: 'sequencing', response: response.order.join('[,]') };
    case 'spot-the-problem':
      return { type: 'choice', response: response.sentences.join('[,]') };
  }
}
