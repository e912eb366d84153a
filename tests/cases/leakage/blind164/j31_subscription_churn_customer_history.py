"""Monthly churn model for a subscription box business.

customer_monthly_activity.csv: one row per customer per month
    customer_id, month, plan, monthly_spend, sessions, support_calls, late_payments, churned_next_month
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "churned_next_month"

act = pd.read_csv("customer_monthly_activity.csv", parse_dates=["month"])
act = act.sort_values(["customer_id", "month"]).reset_index(drop=True)
print(act.shape, act["customer_id"].nunique(), "customers",
      act["month"].min().date(), "->", act["month"].max().date())
print("churn rate per month:")
print(act.groupby("month")[TARGET].mean().round(3).to_string())

# ---------------------------------------------------------------- customer profile features
g = act.groupby("customer_id")
act["avg_spend"] = g["monthly_spend"].transform("mean")
act["spend_vs_avg"] = act["monthly_spend"] / act["avg_spend"].clip(lower=1)
act["max_support_calls"] = g["support_calls"].transform("max")
act["total_late_payments"] = g["late_payments"].transform("sum")
act["sessions_trend"] = g["sessions"].transform(lambda s: s.iloc[-1] - s.iloc[0])
act["months_active"] = g["month"].transform("count")
act["tenure_months"] = g.cumcount() + 1

act["plan_code"] = act["plan"].map({"basic": 0, "plus": 1, "family": 2}).fillna(-1)
act["calendar_month"] = act["month"].dt.month

features = [
    "plan_code", "monthly_spend", "sessions", "support_calls", "late_payments", "calendar_month",
    "avg_spend", "spend_vs_avg", "max_support_calls", "total_late_payments", "sessions_trend",
    "months_active", "tenure_months",
]

train, test = train_test_split(act, test_size=0.2, random_state=99, stratify=act[TARGET])

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1,
                            random_state=99)
rf.fit(train[features], train[TARGET])
p = rf.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
p0 = dummy.predict_proba(test[features])[:, 1]

print(f"random forest  ROC AUC {roc_auc_score(test[TARGET], p):.3f}  AP {average_precision_score(test[TARGET], p):.3f}")
print(f"dummy (prior)  ROC AUC {roc_auc_score(test[TARGET], p0):.3f}  AP {average_precision_score(test[TARGET], p0):.3f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3).to_string())
