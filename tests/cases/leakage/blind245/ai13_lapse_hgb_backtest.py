# Renewal lapse model - gradient boosting
# train.csv: one row per policy per renewal (policy_year_id), target `lapsed`
# I hold out the latest renewal year as test.

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["renewal_date"])
print(df.shape)
print(df["lapsed"].value_counts(normalize=True))

# these are only known after the customer has left
df = df.drop(columns=["lapse_reason", "days_to_cancel"])

df["price_change_pct"] = 100 * (df["premium_new"] / df["premium_prev"] - 1)
df["premium_diff"] = df["premium_new"] - df["premium_prev"]
df["young_driver"] = (df["driver_age"] < 25).astype(int)
df["monthly_pay"] = (df["payment_method"] == "monthly").astype(int)
df = pd.get_dummies(df, columns=["channel", "product", "region", "payment_method"], dtype=int)

features = [c for c in df.columns if c not in ("policy_year_id", "policy_id", "renewal_date", "lapsed")]

last_year = df["renewal_date"].dt.year.max()
train = df[df["renewal_date"].dt.year < last_year]
test = df[df["renewal_date"].dt.year == last_year]
print("train", train.shape, "test", test.shape)

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=0)
clf.fit(train[features], train["lapsed"])

pred = clf.predict(test[features])

# baseline = always predict the majority class (renew)
majority = int(train["lapsed"].mode()[0])
base_acc = accuracy_score(test["lapsed"], [majority] * len(test))
model_acc = accuracy_score(test["lapsed"], pred)
print(f"majority-class baseline accuracy: {base_acc:.4f}")
print(f"model accuracy:                   {model_acc:.4f}")

# accuracy by channel, to see where it does best
test = test.assign(pred=pred)
for ch in [c for c in features if c.startswith("channel_")]:
    sub = test[test[ch] == 1]
    print(ch, len(sub), round(accuracy_score(sub["lapsed"], sub["pred"]), 4))
