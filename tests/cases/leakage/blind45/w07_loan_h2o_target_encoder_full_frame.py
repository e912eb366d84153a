"""Loan default: H2O GBM with target-encoded high-cardinality categoricals.

Run with train.csv / test.csv in the working directory; writes predictions.csv.
"""
import numpy as np
import pandas as pd
import h2o
from h2o.estimators import H2OGradientBoostingEstimator, H2OTargetEncoderEstimator
from sklearn.metrics import log_loss, roc_auc_score

TARGET = "default"
ID_COL = "loan_id"
POST_OUTCOME = ["recovery_amount", "days_past_due_at_close"]
TE_COLS = ["purpose", "grade", "home_ownership", "zip3", "employer_industry"]
NUMERIC = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti",
           "credit_score", "employment_length", "num_open_accounts", "revolving_util",
           "delinquencies_2y"]
SEED = 42


def load_frames():
    raw = pd.read_csv("train.csv", dtype={"zip3": str})
    sub = pd.read_csv("test.csv", dtype={"zip3": str})
    print("train rows:", len(raw), "default rate:", round(raw[TARGET].mean(), 4))
    print(raw[TE_COLS].nunique())
    raw = raw.drop(columns=POST_OUTCOME)
    types = {c: "enum" for c in TE_COLS}
    frame = h2o.H2OFrame(raw, column_types=types)
    frame[TARGET] = frame[TARGET].asfactor()
    sub_frame = h2o.H2OFrame(sub.drop(columns=POST_OUTCOME, errors="ignore"), column_types=types)
    return frame, sub_frame


def fit_encoder(training_frame):
    te = H2OTargetEncoderEstimator(data_leakage_handling="leave_one_out", blending=True,
                                   inflection_point=10, smoothing=20, seed=SEED)
    te.train(x=TE_COLS, y=TARGET, training_frame=training_frame)
    return te


def baseline_scores(train, test):
    base_rate = train[TARGET].as_data_frame()[TARGET].astype(int).mean()
    y_test = test[TARGET].as_data_frame()[TARGET].astype(int).values
    const = np.full(len(y_test), base_rate)
    return roc_auc_score(y_test, const), log_loss(y_test, const)


def main():
    h2o.init(max_mem_size="4G", nthreads=-1)
    frame, sub_frame = load_frames()

    te = fit_encoder(frame)
    encoded = te.transform(frame=frame, as_training=True)
    train, valid, test = encoded.split_frame(ratios=[0.7, 0.15], seed=SEED)
    print("split sizes:", train.nrows, valid.nrows, test.nrows)

    x = NUMERIC + [c + "_te" for c in TE_COLS]
    gbm = H2OGradientBoostingEstimator(ntrees=1500, learn_rate=0.03, max_depth=5,
                                       sample_rate=0.8, col_sample_rate=0.8,
                                       stopping_rounds=20, stopping_metric="AUC",
                                       score_tree_interval=10, seed=SEED)
    gbm.train(x=x, y=TARGET, training_frame=train, validation_frame=valid)
    print(gbm.varimp(use_pandas=True).head(10))

    perf = gbm.model_performance(test_data=test)
    base_auc, base_ll = baseline_scores(train, test)
    print(f"baseline (train default rate)  AUC={base_auc:.3f} logloss={base_ll:.4f}")
    print(f"GBM test                       AUC={perf.auc():.3f} logloss={perf.logloss():.4f} "
          f"PR-AUC={perf.aucpr():.3f}")

    sub_encoded = te.transform(frame=sub_frame)
    preds = gbm.predict(sub_encoded)
    out = pd.DataFrame({ID_COL: sub_frame[ID_COL].as_data_frame()[ID_COL],
                        "prediction": preds["p1"].as_data_frame()["p1"]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
