"""
Returns model - ShopNest case study.

Plan:
  1. join order lines with customer + product tables
  2. engineer a few product-level risk features (brand / category return rates)
  3. random forest, evaluate on a future window with unseen customers
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

RANDOM_STATE = 11
CUTOFF = "2023-07-01"


def load():
    lines = pd.read_csv("train.csv", parse_dates=["order_date"])
    customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
    products = pd.read_csv("products.csv")
    out = lines.merge(products, on="product_id", how="left")
    out = out.merge(customers, on="customer_id", how="left")
    return out


def add_basic_features(d):
    d = d.copy()
    d["tenure_days"] = (d["order_date"] - d["signup_date"]).dt.days
    d["discount_abs"] = d["list_price"] - d["unit_price"]
    d["is_sale"] = (d["discount_pct"] >= 30).astype(int)
    d["has_size"] = d["size_ordered"].notna().astype(int)
    d["weekend"] = (d["order_date"].dt.dayofweek >= 5).astype(int)
    return d


df = add_basic_features(load())
print(df.shape, df["returned"].mean())

# product-level risk: some brands run small, some categories (dresses, shoes)
# come back a lot. Smoothed so tiny brands don't get extreme values.
global_rate = df["returned"].mean()
for col, k in [("brand", 50), ("category", 20)]:
    stats = df.groupby(col)["returned"].agg(["sum", "count"])
    smoothed = (stats["sum"] + k * global_rate) / (stats["count"] + k)
    df[f"{col}_return_rate"] = df[col].map(smoothed)

features = ["quantity", "unit_price", "discount_pct", "discount_abs", "is_sale",
            "has_size", "weekend", "tenure_days", "avg_rating", "n_reviews",
            "has_size_chart", "brand_return_rate", "category_return_rate"]

# future window, customers not seen before the cutoff
train = df[df["order_date"] < CUTOFF]
later = df[df["order_date"] >= CUTOFF]
test = later[~later["customer_id"].isin(train["customer_id"].unique())]
print("train", train.shape, "test", test.shape)

X_train, y_train = train[features].fillna(-1), train["returned"]
X_test, y_test = test[features].fillna(-1), test["returned"]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1,
                            class_weight="balanced_subsample", random_state=RANDOM_STATE)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

# baseline = predict the training return rate for everybody
base = np.full(len(y_test), y_train.mean())
print("baseline  AUC %.3f  AP %.3f" % (roc_auc_score(y_test, base), average_precision_score(y_test, base)))
print("RF        AUC %.3f  AP %.3f" % (roc_auc_score(y_test, proba), average_precision_score(y_test, proba)))

prec, rec, thr = precision_recall_curve(y_test, proba)
i = np.argmax(rec < 0.5)
print(f"precision at ~50% recall: {prec[i]:.2f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp)
