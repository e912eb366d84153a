"""Monthly churn model for a subscription box business.

customer_monthly_activity.csv: one row per customer per month
    customer_id, month, plan, monthly_spend, sessions, support_calls, late_payments, churned_next_month

Features only look backwards; evaluation = later months of customers not used for training.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2024-07-01")

act = pd.read_csv("customer_monthly_activity.csv", parse_dates=["month"])
act = act.sort_values(["customer_id", "month"]).reset_index(drop=True)
print(act.shape, act["customer_id"].nunique(), "customers",
      act["month"].min().date(), "->", act["month"].max().date())

# ---------------------------------------------------------------- history features (past months only)
g = act.groupby("customer_id")
act["avg_spend_past"] = g["monthly_spend"].transform(lambda s: s.shift(1).expanding().mean())
act["spend_vs_avg"] = act["monthly_spend"] / act["avg_spend_past"].fillna(act["monthly_spend"]).clip(lower=1)
act["max_support_calls_past"] = g["support_calls"].transform(lambda s: s.shift(1).cummax()).fillna(0)
act["late_payments_to_date"] = g["late_payments"].cumsum()
act["sessions_change"] = g["sessions"].diff().fillna(0)
act["tenure_months"] = g.cumcount() + 1

act["plan_code"] = act["plan"].map({"basic": 0, "plus": 1, "family": 2}).fillna(-1)
act["calendar_month"] = act["month"].dt.month

features = [
    "plan_code", "monthly_spend", "sessions", "support_calls", "late_payments", "calendar_month",
    "avg_spend_past", "spend_vs_avg", "max_support_calls_past", "late_payments_to_date",
    "sessions_change", "tenure_months",
]

# train on months whose label is known before the cutoff; evaluate on later months of unseen customers
train = act[act["month"] < CUTOFF - pd.DateOffset(months=1)]
test = act[(act["month"] >= CUTOFF) & ~act["customer_id"].isin(train["customer_id"].unique())]
print(f"train rows {len(train)}, test rows {len(test)} ({test['customer_id'].nunique()} new customers)")

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1,
                            random_state=99)
rf.fit(train[features].fillna(-1), train[TARGET])
p = rf.predict_proba(test[features].fillna(-1))[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
p0 = dummy.predict_proba(test[features])[:, 1]

print(f"random forest  ROC AUC {roc_auc_score(test[TARGET], p):.3f}  AP {average_precision_score(test[TARGET], p):.3f}")
print(f"dummy (prior)  ROC AUC {roc_auc_score(test[TARGET], p0):.3f}  AP {average_precision_score(test[TARGET], p0):.3f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3).to_string())
