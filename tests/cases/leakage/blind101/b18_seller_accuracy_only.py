# Seller churn: XGBoost classifier evaluated on sellers that are new after the cutoff month.
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from xgboost import XGBClassifier

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_file = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["seller_id", "snapshot_month"])

print(df.churned.value_counts())
print(df.groupby("category").churned.mean().sort_values())

# previous month activity
for col in ["n_orders", "gmv", "avg_rating"]:
    df[col + "_prev"] = df.groupby("seller_id")[col].shift(1)
df["orders_drop"] = (df["n_orders"] < df["n_orders_prev"]).astype(int)
df = pd.get_dummies(df, columns=["fee_tier", "region"], dtype=int)

features = ["n_orders", "gmv", "n_active_listings", "avg_rating", "n_returns", "n_disputes",
            "response_time_h", "tenure_months", "promo_spend", "n_orders_prev", "gmv_prev",
            "avg_rating_prev", "orders_drop"] + [c for c in df.columns if c.startswith(("fee_tier_", "region_"))]

cut = pd.Timestamp("2023-07-01")
train = df[df.snapshot_month < cut]
rest = df[df.snapshot_month >= cut]
test = rest[~rest.seller_id.isin(train.seller_id.unique())]   # only sellers never seen in training
print("train", train.shape, "test", test.shape)

clf = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.8,
                    colsample_bytree=0.8, tree_method="hist")
clf.fit(train[features], train["churned"])

majority = DummyClassifier(strategy="most_frequent").fit(train[features], train["churned"])

print("accuracy xgboost       :", accuracy_score(test["churned"], clf.predict(test[features])))
print("accuracy majority class:", accuracy_score(test["churned"], majority.predict(test[features])))

# ---- predictions for test.csv ---------------------------------------------
raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=["churned"])
hist = pd.concat([raw, test_file]).sort_values(["seller_id", "snapshot_month"])
for col in ["n_orders", "gmv", "avg_rating"]:
    hist[col + "_prev"] = hist.groupby("seller_id")[col].shift(1)
hist["orders_drop"] = (hist["n_orders"] < hist["n_orders_prev"]).astype(int)
hist = pd.get_dummies(hist, columns=["fee_tier", "region"], dtype=int)
sub = hist[hist["row_id"].isin(test_file["row_id"])].reindex(columns=list(hist.columns) + [f for f in features if f not in hist.columns], fill_value=0)
clf.fit(df[features], df["churned"])
sub["prediction"] = clf.predict_proba(sub[features])[:, 1]
sub[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
