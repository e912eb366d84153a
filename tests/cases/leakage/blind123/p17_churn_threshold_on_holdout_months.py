"""Churn: calibrated gradient boosting + an operating threshold for the retention team.

The retention team can call ~X% of customers, so I report F1 / precision / recall at a
threshold, plus the ranking metrics.
"""
import json

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET, ID = TASK["target"], TASK["id_column"]
DROP = [TARGET, ID, "customer_id", "snapshot_month", *TASK["leaky_columns"]]


def split_time_and_customers(frame, cut="2024-07", share=0.3, seed=0):
    rng = np.random.default_rng(seed)
    ids = frame["customer_id"].unique()
    held = frame["customer_id"].isin(rng.choice(ids, int(share * len(ids)), replace=False))
    fit = frame[~held & (frame["snapshot_month"] < cut)]
    hold = frame[held & (frame["snapshot_month"] >= cut)]
    return fit, hold


def make_model():
    enc = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
          make_column_selector(dtype_include=object))],
        remainder="passthrough",
    )
    hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=350, random_state=1)
    return Pipeline([("enc", enc), ("clf", CalibratedClassifierCV(hgb, method="isotonic", cv=3))])


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
fit_df, hold_df = split_time_and_customers(df)
X_fit, y_fit = fit_df.drop(columns=DROP), fit_df[TARGET]
X_hold, y_hold = hold_df.drop(columns=DROP), hold_df[TARGET]
print(f"fit rows {len(fit_df)}, hold-out rows {len(hold_df)}, hold-out churn {y_hold.mean():.3f}")

model = make_model().fit(X_fit, y_fit)
p_hold = model.predict_proba(X_hold)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_hold)[:, 1]

print(f"prior baseline AUC {roc_auc_score(y_hold, p_dummy):.4f}  AP {average_precision_score(y_hold, p_dummy):.4f}")
print(f"model          AUC {roc_auc_score(y_hold, p_hold):.4f}  AP {average_precision_score(y_hold, p_hold):.4f}")

# operating point
thresholds = np.linspace(0.02, 0.6, 59)
f1s = [f1_score(y_hold, (p_hold >= t).astype(int)) for t in thresholds]
best_t = thresholds[int(np.argmax(f1s))]
pred_hold = (p_hold >= best_t).astype(int)
print(f"threshold {best_t:.3f}: F1 {f1_score(y_hold, pred_hold):.4f} "
      f"precision {precision_score(y_hold, pred_hold):.4f} recall {recall_score(y_hold, pred_hold):.4f} "
      f"share flagged {pred_hold.mean():.3f}")

final = make_model().fit(df.drop(columns=DROP), df[TARGET])
proba = final.predict_proba(test.drop(columns=[c for c in DROP if c in test.columns]))[:, 1]
pd.DataFrame({ID: test[ID], "prediction": proba}).to_csv("predictions.csv", index=False)
with open("threshold.json", "w") as fh:
    json.dump({"threshold": float(best_t)}, fh)
