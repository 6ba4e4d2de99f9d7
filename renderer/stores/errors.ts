// Turns anything thrown by a backend call into a sentence for the analyst.
import { ApiError } from '../api/client';

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return 'Something went wrong; the backend gave no reason.';
}
