import { Injectable } from '@nestjs/common';
import type { MipSolver } from '#matching';
import highsTypes from 'highs';

// TypeScript reads highs's CommonJS-flavoured types (default = the module); Node loads its ES build,
// whose default export is the loader itself.
const loadHighs = highsTypes as unknown as typeof highsTypes.default;

/**
 * The HiGHS MIP solver (WebAssembly), loaded once per process on first use (the worker and API
 * that never allocate never pay for it). A failed load is retried on the next call.
 */
@Injectable()
export class HighsSolver {
  private loading: Promise<MipSolver> | null = null;

  solver(): Promise<MipSolver> {
    this.loading ??= loadHighs().then(
      (highs): MipSolver =>
        (model, options) =>
          highs.solve(model, options) as ReturnType<MipSolver>,
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}
