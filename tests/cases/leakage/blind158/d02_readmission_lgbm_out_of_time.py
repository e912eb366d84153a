"""30-day readmission risk - take-home submission (v2).

Approach
--------
* encounter-level LightGBM model
* history features per patient built only from *earlier* encounters
* validation mimics deployment: fit on discharges before a cutoff and score
  later discharges (out-of-time)
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]            # readmitted_30d
ID_COL = task["id_column"]         # encounter_id
LEAKY = task.get("leaky_columns", [])
CATS = ["sex", "admission_type", "primary_diagnosis", "insurance",
        "discharge_disposition", "hba1c_result"]
DROP = [TARGET, ID_COL, "patient_id", "admit_date", "discharge_date"] + LEAKY

train = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
print(train.shape, test.shape)
print(train[TARGET].mean().round(3), "positive rate")
print(train.groupby(train.discharge_date.dt.to_period("Q"))[TARGET].mean())


def add_history(frame):
    """Features that only look backwards in each patient's timeline."""
    frame = frame.sort_values(["patient_id", "discharge_date"]).copy()
    g = frame.groupby("patient_id")
    frame["prior_encounters"] = g.cumcount()
    frame["days_since_prev_discharge"] = (frame["admit_date"] - g["discharge_date"].shift(1)).dt.days
    frame["prev_length_of_stay"] = g["length_of_stay"].shift(1)
    frame["prev_num_medications"] = g["num_medications"].shift(1)
    return frame


def to_matrix(frame, cat_levels):
    X = frame.drop(columns=[c for c in DROP if c in frame.columns]).copy()
    X["discharge_month"] = frame["discharge_date"].dt.month
    X["discharge_dow"] = frame["discharge_date"].dt.dayofweek
    for c in CATS:
        X[c] = pd.Categorical(frame[c], categories=cat_levels[c])
    return X


train = add_history(train)

# ---- validation design --------------------------------------------------
cutoff = pd.Timestamp("2023-07-01")
# a 30-day label window means discharges in the last month before the cutoff
# would have labels that peek past it, so leave a gap
fit_part = train[train.discharge_date < cutoff - pd.Timedelta(days=30)]
eval_part = train[train.discharge_date >= cutoff]
returning = eval_part.patient_id.isin(fit_part.patient_id).mean()
print(f"fit rows={len(fit_part)}  eval rows={len(eval_part)}  "
      f"share of eval rows from returning patients={returning:.2%}")

levels = {c: sorted(fit_part[c].dropna().unique()) for c in CATS}
X_fit, y_fit = to_matrix(fit_part, levels), fit_part[TARGET]
X_eval, y_eval = to_matrix(eval_part, levels), eval_part[TARGET]

params = dict(n_estimators=450, learning_rate=0.03, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=7)
model = lgb.LGBMClassifier(**params)
model.fit(X_fit, y_fit)
p_eval = model.predict_proba(X_eval)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_dummy = dummy.predict_proba(X_eval)[:, 1]

print("\n              ROC-AUC   PR-AUC   Brier")
print(f"prior baseline {roc_auc_score(y_eval, p_dummy):.3f}    {average_precision_score(y_eval, p_dummy):.3f}   "
      f"{brier_score_loss(y_eval, p_dummy):.4f}")
print(f"lightgbm       {roc_auc_score(y_eval, p_eval):.3f}    {average_precision_score(y_eval, p_eval):.3f}   "
      f"{brier_score_loss(y_eval, p_eval):.4f}")

imp = pd.Series(model.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
print(imp.head(15))

# ---- final model on everything, predict the test encounters --------------
both = pd.concat([train.assign(_is_test=0), test.assign(_is_test=1)], ignore_index=True)
both = add_history(both.drop(columns=["prior_encounters", "days_since_prev_discharge",
                                      "prev_length_of_stay", "prev_num_medications"], errors="ignore"))
train_h = both[both._is_test == 0].drop(columns="_is_test")
test_h = both[both._is_test == 1].drop(columns="_is_test")

levels = {c: sorted(train_h[c].dropna().unique()) for c in CATS}
final = lgb.LGBMClassifier(**params).fit(to_matrix(train_h, levels), train_h[TARGET])
test_h = test_h.sort_values(ID_COL)
pred = final.predict_proba(to_matrix(test_h, levels))[:, 1]
pd.DataFrame({ID_COL: test_h[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(test_h), "predictions")
