# Returns model: random forest, depth / leaf sweep
# Run: python n38_returns_depth_sweep_script.py
import itertools

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LEAKY = ["refund_amount", "days_to_refund", "return_reason"]
CATS = ["category", "size", "shipping_method", "payment_method", "device"]
NOT_FEATURES = ["returned", "order_item_id", "order_id", "customer_id", "product_id", "order_date",
                "brand", "product_title"]


def featurize(d):
    d = d.drop(columns=[c for c in LEAKY if c in d.columns]).copy()
    d["net_price"] = d["price"] * (1 - d["discount_pct"] / 100)
    d["slow_delivery"] = (d["delivery_days"] > 5).astype(int)
    d["weekday"] = d["order_date"].dt.dayofweek
    d["tenure_years"] = d["customer_tenure_days"] / 365.0
    d = pd.get_dummies(d, columns=CATS, dtype=int)
    return d.fillna(0)


df = featurize(pd.read_csv("train.csv", parse_dates=["order_date"]))
features = [c for c in df.columns if c not in NOT_FEATURES]

# chronological split
df = df.sort_values("order_date")
cut = df["order_date"].quantile(0.8)
train, test = df[df["order_date"] < cut], df[df["order_date"] >= cut]
X_train, y_train = train[features], train["returned"]
X_test, y_test = test[features], test["returned"]
print("train", X_train.shape, "test", X_test.shape)

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline test AUC %.4f" % roc_auc_score(y_test, base.predict_proba(X_test)[:, 1]))

# sweep
results = []
for max_depth, min_leaf, max_feat in itertools.product([8, 14, None], [1, 5, 20], ["sqrt", 0.3]):
    rf = RandomForestClassifier(n_estimators=300, max_depth=max_depth, min_samples_leaf=min_leaf,
                                max_features=max_feat, n_jobs=-1, random_state=0)
    rf.fit(X_train, y_train)
    auc = roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1])
    results.append({"max_depth": max_depth, "min_leaf": min_leaf, "max_features": max_feat, "auc": auc})
    print(results[-1])

res = pd.DataFrame(results).sort_values("auc", ascending=False)
print(res.head())
best = res.iloc[0]

final = RandomForestClassifier(n_estimators=600,
                               max_depth=None if pd.isna(best["max_depth"]) else int(best["max_depth"]),
                               min_samples_leaf=int(best["min_leaf"]), max_features=best["max_features"],
                               n_jobs=-1, random_state=0)
final.fit(X_train, y_train)
p = final.predict_proba(X_test)[:, 1]
print("FINAL test AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p)))

# predictions
final.fit(df[features], df["returned"])
sub_raw = pd.read_csv("test.csv", parse_dates=["order_date"])
sub = featurize(sub_raw).reindex(columns=features, fill_value=0)
pd.DataFrame({"order_item_id": sub_raw["order_item_id"], "prediction": final.predict_proba(sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("ok", np.round(final.predict_proba(sub)[:, 1].mean(), 4))
