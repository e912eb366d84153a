"""
Attrition - logistic regression with target-encoded job role / department / field.

One-hot encoding job_role gives 9 sparse columns on 1.2k rows; replacing each category by its
attrition rate keeps the model small. The encoding is learned inside each CV fold from the
training fold only, and the final model re-learns it on all labelled rows.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
TARGET = "attrition"

HIGH_CARD = ["job_role", "department", "education_field", "marital_status"]
NUMERIC = ["age", "monthly_income", "job_level", "stock_option_level", "total_working_years",
           "years_at_company", "years_in_current_role", "years_since_last_promotion",
           "environment_satisfaction", "job_satisfaction", "work_life_balance",
           "distance_from_home", "num_companies_worked"]
M = 20


def fit_encoding(train_part):
    prior = train_part[TARGET].mean()
    enc = {}
    for col in HIGH_CARD:
        stats = train_part.groupby(col)[TARGET].agg(["mean", "count"])
        enc[col] = (stats["mean"] * stats["count"] + prior * M) / (stats["count"] + M)
    return enc, prior


def apply_encoding(frame, enc, prior):
    out = frame.copy()
    for col in HIGH_CARD:
        out[col + "_te"] = out[col].map(enc[col]).fillna(prior)
    out["overtime_flag"] = (out["overtime"] == "Yes").astype(int)
    out["travel_freq"] = (out["business_travel"] == "Travel_Frequently").astype(int)
    return out


FEATURES = NUMERIC + [c + "_te" for c in HIGH_CARD] + ["overtime_flag", "travel_freq"]


def make_model():
    return make_pipeline(StandardScaler(),
                         LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))


cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=5)
rows = []
for fold, (tr_idx, va_idx) in enumerate(cv.split(df, df[TARGET])):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    enc, prior = fit_encoding(tr)
    tr_x, va_x = apply_encoding(tr, enc, prior), apply_encoding(va, enc, prior)

    model = make_model().fit(tr_x[FEATURES], tr[TARGET])
    p = model.predict_proba(va_x[FEATURES])[:, 1]
    base = DummyClassifier(strategy="prior").fit(tr_x[FEATURES], tr[TARGET])
    pb = base.predict_proba(va_x[FEATURES])[:, 1]
    rows.append({"fold": fold,
                 "auc": roc_auc_score(va[TARGET], p),
                 "pr_auc": average_precision_score(va[TARGET], p),
                 "baseline_pr_auc": average_precision_score(va[TARGET], pb)})

res = pd.DataFrame(rows)
print(res.round(3))
print(res[["auc", "pr_auc", "baseline_pr_auc"]].agg(["mean", "std"]).round(3))

enc, prior = fit_encoding(df)
full_x = apply_encoding(df, enc, prior)
test_x = apply_encoding(test, enc, prior)
model = make_model().fit(full_x[FEATURES], df[TARGET])
coef = pd.Series(model[-1].coef_[0], index=FEATURES).sort_values()
print(coef.round(3))

pd.DataFrame({"employee_id": test["employee_id"],
              "prediction": model.predict_proba(test_x[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
