# renewal take-home - random forest
# split: policies of the final year whose holder has no earlier policy-year in the data

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
test_bundle = pd.read_csv("test.csv")
print(df.shape, test_bundle.shape)
print(df.head())
print(df["lapsed"].value_counts())
print(df.describe().T)

for col in ["product_line", "region", "channel"]:
    print(df.groupby(col)["lapsed"].mean().round(3))

features = ["premium", "premium_change_pct", "sum_insured", "n_claims_year",
            "claim_amount_year", "tenure_years", "age", "discount_pct",
            "product_line", "region", "channel", "payment_method"]

data = pd.get_dummies(df[features + ["policy_year", "policy_holder_id", "lapsed"]],
                      columns=["product_line", "region", "channel", "payment_method"])
data = data.fillna(0)

final_year = data["policy_year"].max()
train_df = data[data["policy_year"] < final_year]
holdout = data[data["policy_year"] == final_year]
holdout = holdout[~holdout["policy_holder_id"].isin(train_df["policy_holder_id"])]
print("train", train_df.shape, "holdout", holdout.shape)

feat_cols = [c for c in data.columns if c not in ("policy_year", "policy_holder_id", "lapsed")]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=1)
rf.fit(train_df[feat_cols], train_df["lapsed"])

train_acc = accuracy_score(train_df["lapsed"], rf.predict(train_df[feat_cols]))
test_acc = accuracy_score(holdout["lapsed"], rf.predict(holdout[feat_cols]))
print(f"train accuracy {train_acc:.3f}")
print(f"holdout accuracy {test_acc:.3f}")

imp = pd.Series(rf.feature_importances_, index=feat_cols).sort_values(ascending=False)
print(imp.head(15))

# refit on everything and score the bundle test file
rf.fit(data[feat_cols], data["lapsed"])
X_sub = pd.get_dummies(test_bundle[features], columns=["product_line", "region", "channel", "payment_method"])
X_sub = X_sub.reindex(columns=feat_cols, fill_value=0).fillna(0)
out = pd.DataFrame({"policy_id": test_bundle["policy_id"], "prediction": rf.predict_proba(X_sub)[:, 1]})
out.to_csv("predictions.csv", index=False)
print("saved", out.shape)
