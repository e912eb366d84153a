"""
People analytics take-home - monthly attrition risk.

Approach
  * engineered ~40 candidate features from the monthly HR snapshot (lags, trailing sums, ratios)
  * keep the 15 most informative ones (mutual information), logistic regression on top
  * evaluate on held-out employees in the most recent months
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "left_next_month"
LEAKY = ["exit_interview_scheduled", "final_pay_processed"]

emp = pd.read_csv("train.csv", parse_dates=["month"]).sort_values(["employee_id", "month"])
emp = emp.drop(columns=LEAKY)
print(emp.shape, "| attrition rate", round(emp[TARGET].mean(), 4))

g = emp.groupby("employee_id")
for col in ["overtime_hours", "absence_days", "remote_share", "monthly_salary"]:
    emp[f"{col}_lag1"] = g[col].shift(1)
    emp[f"{col}_lag2"] = g[col].shift(2)
    emp[f"{col}_trail3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    emp[f"{col}_vs_trail3"] = emp[col] - emp[f"{col}_trail3"]
emp["engagement_score"] = g["engagement_score"].ffill()
emp["engagement_drop"] = emp["engagement_score"] - g["engagement_score"].shift(3)
emp["got_raise"] = (emp["salary_change_pct"] > 0).astype(int)
emp["overtime_x_absence"] = emp["overtime_hours"] * emp["absence_days"]
emp["long_commute"] = (emp["commute_km"] > 40).astype(int)
emp["months_on_record"] = g.cumcount()
emp = pd.get_dummies(emp, columns=["department", "job_level"], dtype=float)

candidates = [c for c in emp.columns if c not in ("record_id", "employee_id", "month", TARGET)]
print(len(candidates), "candidate features")

# --- evaluation split: unseen employees, later months ---
ids = emp["employee_id"].unique()
rng = np.random.RandomState(11)
rng.shuffle(ids)
hold_ids = set(ids[: len(ids) // 5])
cutoff = pd.Timestamp("2023-01-01")
trn = emp[~emp.employee_id.isin(hold_ids) & (emp.month < cutoff)]
tst = emp[emp.employee_id.isin(hold_ids) & (emp.month >= cutoff)]

# selection lives inside the pipeline, so it only ever sees the training rows
model = make_pipeline(SimpleImputer(strategy="median"),
                      SelectKBest(mutual_info_classif, k=15),
                      StandardScaler(),
                      LogisticRegression(max_iter=3000, class_weight="balanced", C=0.2))
model.fit(trn[candidates], trn[TARGET])
chosen = list(np.array(candidates)[model.named_steps["selectkbest"].get_support()])
print("kept:", chosen)
p = model.predict_proba(tst[candidates])[:, 1]

# simplest possible comparison: everyone gets the training attrition rate
p_base = np.full(len(tst), trn[TARGET].mean())
print(f"baseline (train rate): AUC {roc_auc_score(tst[TARGET], p_base):.3f}  AP {average_precision_score(tst[TARGET], p_base):.3f}")
print(f"selected-feature LR  : AUC {roc_auc_score(tst[TARGET], p):.3f}  AP {average_precision_score(tst[TARGET], p):.3f}")

# final model for the submission: same pipeline refit on every labelled month
model.fit(emp[candidates], emp[TARGET])
