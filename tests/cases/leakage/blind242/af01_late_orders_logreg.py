# Late delivery take-home -- logistic regression first pass
# Only using what we know when the order is placed (no delivery dates, no review).

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

DATES = ["purchase_ts", "promised_delivery_date"]

orders = pd.read_csv("train.csv", parse_dates=DATES)
sellers = pd.read_csv("sellers.csv", parse_dates=["seller_since"])
regions = pd.read_csv("regions.csv")

print(orders.shape)
print("late share:", round(orders["is_late"].mean(), 3))
print(orders.isna().mean().sort_values(ascending=False).head(8))


def add_features(frame):
    out = frame.merge(sellers[["seller_id", "region_id", "seller_since"]], on="seller_id", how="left")
    out = out.merge(regions[["region_id", "avg_transit_days", "hub_distance_km"]], on="region_id", how="left")
    out["promised_days"] = (out["promised_delivery_date"] - out["purchase_ts"]).dt.days
    out["seller_age_days"] = (out["purchase_ts"] - out["seller_since"]).dt.days
    out["freight_ratio"] = out["freight_value"] / out["price"].clip(lower=1)
    out["purchase_dow"] = out["purchase_ts"].dt.dayofweek
    out["purchase_hour"] = out["purchase_ts"].dt.hour
    out["is_card"] = (out["payment_type"] == "credit_card").astype(int)
    return out


FEATURES = ["promised_days", "seller_age_days", "freight_ratio", "purchase_dow", "purchase_hour",
            "is_card", "n_items", "price", "freight_value", "product_weight_g", "distance_km",
            "installments", "avg_transit_days", "hub_distance_km"]

df = add_features(orders).sort_values("purchase_ts").reset_index(drop=True)

X = df[FEATURES].values
y = df["is_late"].values

# missing weights / seller dates -> median, then standardise for the logreg
imp = SimpleImputer(strategy="median")
scaler = StandardScaler()
X = scaler.fit_transform(imp.fit_transform(X))

# hold out the most recent 20% of orders
cut = int(len(df) * 0.8)
X_train, X_test = X[:cut], X[cut:]
y_train, y_test = y[:cut], y[cut:]
print("train up to", df["purchase_ts"].iloc[cut - 1].date(), "| test from", df["purchase_ts"].iloc[cut].date())

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5)
clf.fit(X_train, y_train)

for name, model in [("dummy prior", dummy), ("logreg", clf)]:
    p = model.predict_proba(X_test)[:, 1]
    print(f"{name:12s} ROC AUC {roc_auc_score(y_test, p):.3f}  PR AUC {average_precision_score(y_test, p):.3f}")

print(pd.Series(clf.coef_[0], index=FEATURES).sort_values().round(3))

# submission
test = add_features(pd.read_csv("test.csv", parse_dates=DATES))
X_sub = scaler.transform(imp.transform(test[FEATURES].values))
pd.DataFrame({"order_id": test["order_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv", len(test))
