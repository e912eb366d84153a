# seller churn - random forest
# churn is only ~9% of snapshots so I oversample the churners to balance the classes

import pandas as pd
import numpy as np
from imblearn.over_sampling import RandomOverSampler
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

sellers = pd.read_csv("sellers.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("sellers_test.csv", parse_dates=["snapshot_month"])
orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])

print(sellers.shape, orders.shape)
print(sellers.churned_next_month.value_counts())

# ---- lifetime order totals as of each snapshot ----
# running totals per seller, then merge_asof picks the last order strictly before the snapshot
orders = orders.sort_values("order_ts")
orders["cum_orders"] = orders.groupby("seller_id").cumcount() + 1
orders["cum_gmv"] = orders.groupby("seller_id")["gmv"].cumsum()
orders["cum_cancelled"] = orders.groupby("seller_id")["was_cancelled"].cumsum()
orders["cum_late"] = orders.groupby("seller_id")["was_late"].cumsum()
running = orders[["seller_id", "order_ts", "cum_orders", "cum_gmv", "cum_cancelled", "cum_late"]]


def add_order_totals(snap):
    snap = snap.sort_values("snapshot_month")
    out = pd.merge_asof(
        snap,
        running,
        left_on="snapshot_month",
        right_on="order_ts",
        by="seller_id",
        direction="backward",
        allow_exact_matches=False,
    )
    out["days_since_last_order"] = (out["snapshot_month"] - out["order_ts"]).dt.days
    out = out.drop(columns=["order_ts"])
    for c in ["cum_orders", "cum_gmv", "cum_cancelled", "cum_late"]:
        out[c] = out[c].fillna(0)
    out["days_since_last_order"] = out["days_since_last_order"].fillna(999)
    out["cancel_share"] = out["cum_cancelled"] / out["cum_orders"].clip(lower=1)
    out["late_share"] = out["cum_late"] / out["cum_orders"].clip(lower=1)
    out["gmv_per_month"] = out["cum_gmv"] / out["tenure_months"].clip(lower=1)
    return out


df = add_order_totals(sellers)
test_df = add_order_totals(test)

cat_cols = ["category", "region", "fee_plan"]
num_cols = ["tenure_months", "n_listings", "avg_rating", "n_reviews", "return_rate",
            "cum_orders", "cum_gmv", "cancel_share", "late_share", "gmv_per_month",
            "days_since_last_order"]

X = df[cat_cols + num_cols].copy()
X[num_cols] = X[num_cols].fillna(0)
y = df["churned_next_month"]

# balance classes
ros = RandomOverSampler(random_state=0)
X_bal, y_bal = ros.fit_resample(X, y)
print("after oversampling:", y_bal.value_counts().to_dict())

pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
], remainder="passthrough")

rf = Pipeline([
    ("pre", pre),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(rf, X_bal, y_bal, cv=cv)
base = cross_val_score(DummyClassifier(strategy="most_frequent"), X_bal, y_bal, cv=cv)

print("dummy  CV score: %.3f" % base.mean())
print("forest CV score: %.3f +- %.3f" % (scores.mean(), scores.std()))

rf.fit(X_bal, y_bal)
X_test = test_df[cat_cols + num_cols].copy()
X_test[num_cols] = X_test[num_cols].fillna(0)
pd.DataFrame({
    "snapshot_id": test_df["snapshot_id"],
    "prediction": rf.predict_proba(X_test)[:, 1],
}).to_csv("predictions.csv", index=False)
print("done")
