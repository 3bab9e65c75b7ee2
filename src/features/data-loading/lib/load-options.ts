import { DatasetError } from '@/domain/events/dataset-error';
import type { Reading, ReadingQuestion } from '@/domain/reading/types';

import type { Progress } from './fetch-dataset';

/** How a load reports and asks: shared by the worker's road and the one on the page's thread. */
export interface LoadOptions {
  onProgress: (progress: Progress) => void;
  /** Aborting stops the download and the parsing with it. */
  signal: AbortSignal;
  /**
   * Asks the reader how to read a file that is not in Chronomap's format; null means they chose
   * not to load it.
   */
  chooseReading: (question: ReadingQuestion) => Promise<Reading | null>;
}

export const notChosen = () =>
  new DatasetError('The file was not loaded: no reading was chosen.', 'cancelled');
