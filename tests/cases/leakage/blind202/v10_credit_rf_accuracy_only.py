import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["statement_month"])
df = df.sort_values(["account_id", "statement_month"])
df["prev_util"] = df.groupby("account_id")["utilisation"].shift(1)
df["prev_payment"] = df.groupby("account_id")["payment"].shift(1)
df["prev_util"] = df["prev_util"].fillna(df["utilisation"])
df["prev_payment"] = df["prev_payment"].fillna(0)

cols = ["balance", "payment", "utilisation", "credit_limit", "days_past_due",
        "prev_util", "prev_payment"]

# 1) pick 20% of accounts for validation
accounts = df["account_id"].drop_duplicates().sample(frac=1.0, random_state=1)
n_val = int(0.2 * len(accounts))
val_accounts = set(accounts.iloc[:n_val])

# 2) train on the other accounts before the cut, validate on held-out accounts after it
cut = pd.Timestamp("2023-07-01")
train = df[(~df["account_id"].isin(val_accounts)) & (df["statement_month"] < cut)]
val = df[(df["account_id"].isin(val_accounts)) & (df["statement_month"] >= cut)]
print(train.shape, val.shape)

rf = RandomForestClassifier(n_estimators=200, max_depth=8, random_state=1, n_jobs=-1)
rf.fit(train[cols], train["default_next_month"])

majority = DummyClassifier(strategy="most_frequent")
majority.fit(train[cols], train["default_next_month"])

print("majority-class accuracy:", round(accuracy_score(val["default_next_month"], majority.predict(val[cols])), 4))
print("random forest accuracy:", round(accuracy_score(val["default_next_month"], rf.predict(val[cols])), 4))

for depth in [4, 6, 10]:
    m = RandomForestClassifier(n_estimators=200, max_depth=depth, random_state=1, n_jobs=-1)
    m.fit(train[cols], train["default_next_month"])
    print("depth", depth, "acc", accuracy_score(val["default_next_month"], m.predict(val[cols])))

rf.fit(df[cols], df["default_next_month"])
test = pd.read_csv("test.csv", parse_dates=["statement_month"])
full = pd.concat([df[test.columns], test]).sort_values(["account_id", "statement_month"])
full["prev_util"] = full.groupby("account_id")["utilisation"].shift(1)
full["prev_payment"] = full.groupby("account_id")["payment"].shift(1).fillna(0)
full["prev_util"] = full["prev_util"].fillna(full["utilisation"])
test = full[full["statement_id"].isin(test["statement_id"])]
pd.DataFrame({"statement_id": test["statement_id"],
              "prediction": rf.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)
