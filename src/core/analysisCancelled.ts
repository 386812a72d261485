/** Thrown by `analyzeSeed` when its `isCancelled` poll says a newer text has made the work useless. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}
