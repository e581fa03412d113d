import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './termHasher';
import { DEFAULT_SVM_OPTIONS, type SvmTrainOptions } from './svmTrainer';

export interface IntentModelOptions {
  features: FeatureOptions;
  svm: SvmTrainOptions;
  seed: number;
  /**
   * Calibration trains extra models with a quarter of the intents left out, whose texts then play
   * out-of-scope queries. Examples those models may train on in total: small sets get every round
   * (each intent is left out once), big ones fewer (training time dominates, evidence is plenty):
   * from 6000 examples on, one round already gives thousands of held-out scores.
   */
  calibrationBudget: number;
  /** Most in-domain texts the `none` threshold may wrongly reject, as a share of those it would get right. */
  maxFalseRejection: number;
}

export const DEFAULT_INTENT_MODEL_OPTIONS: IntentModelOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  svm: DEFAULT_SVM_OPTIONS,
  seed: 1,
  calibrationBudget: 12000,
  maxFalseRejection: 0.015,
};

/** The defaults, overridden by what is given (features and svm key by key). */
export function resolveOptions(partial: Partial<IntentModelOptions>): IntentModelOptions {
  return {
    ...DEFAULT_INTENT_MODEL_OPTIONS,
    ...partial,
    features: { ...DEFAULT_INTENT_MODEL_OPTIONS.features, ...partial.features },
    svm: { ...DEFAULT_INTENT_MODEL_OPTIONS.svm, ...partial.svm },
  };
}
