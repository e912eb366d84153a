"""Churn take-home: smoothed engagement features + random forest.

Monthly counters are noisy, so each customer's logins / tickets / spend are
smoothed with a 3-snapshot rolling mean before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
SMOOTH = ["logins_30d", "support_tickets_30d", "monthly_spend"]

tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
full = pd.concat([tr, te], ignore_index=True, sort=False)

# latest snapshot first - easier to eyeball a customer's recent history
full = full.sort_values(["customer_id", "snapshot_month"], ascending=[True, False])
print(full.head(12)[["customer_id", "snapshot_month"] + SMOOTH])

for col in SMOOTH:
    full[f"{col}_roll3"] = (
        full.groupby("customer_id")[col]
        .rolling(window=3, min_periods=1)
        .mean()
        .reset_index(level=0, drop=True)
    )

full["days_since_last_login"] = full["days_since_last_login"].fillna(60)
full = pd.get_dummies(full, columns=["plan", "region"], dtype=int)
features = (["tenure_months", "days_since_last_login"] + SMOOTH + [f"{c}_roll3" for c in SMOOTH]
            + [c for c in full.columns if c.startswith(("plan_", "region_"))])

labelled = full[full[TARGET].notna()].copy()
unlabelled = full[full[TARGET].isna()].copy()
labelled[TARGET] = labelled[TARGET].astype(int)

# validation: later months, customers not used for fitting
cust = labelled["customer_id"].drop_duplicates().sample(frac=1.0, random_state=21).to_numpy()
val_cust = cust[: len(cust) // 5]
in_val = labelled["customer_id"].isin(val_cust)
fit = labelled[~in_val & (labelled["snapshot_month"] <= "2024-06-01")]
val = labelled[in_val & (labelled["snapshot_month"] >= "2024-07-01")]
print("fit", fit.shape, "val", val.shape)

rf = RandomForestClassifier(n_estimators=600, min_samples_leaf=15, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=21)
rf.fit(fit[features], fit[TARGET])
p = rf.predict_proba(val[features])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(fit[features], fit[TARGET])
pb = baseline.predict_proba(val[features])[:, 1]

print("             roc_auc  pr_auc")
print(f"baseline     {roc_auc_score(val[TARGET], pb):.4f}   {average_precision_score(val[TARGET], pb):.4f}")
print(f"forest       {roc_auc_score(val[TARGET], p):.4f}   {average_precision_score(val[TARGET], p):.4f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12).round(4))

rf.fit(labelled[features], labelled[TARGET])
out = unlabelled[["snapshot_id"]].copy()
out["prediction"] = rf.predict_proba(unlabelled[features])[:, 1]
out.sort_values("snapshot_id").to_csv("predictions.csv", index=False)
