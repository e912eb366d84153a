# quick catboost run for the churn task - want a number before spending time on features
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import accuracy_score

TARGET = "churned_next_month"
CAT = ["plan", "contract_type", "region", "payment_method"]
NUM = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df[TARGET].value_counts())

for d in (df, test):
    d[CAT] = d[CAT].fillna("unknown")
    d["month"] = d["snapshot_month"].dt.month

FEATS = NUM + CAT + ["month"]

# last 2 months = validation, restricted to customers that weren't in the earlier months
split_month = df["snapshot_month"].sort_values().unique()[-2]
fit = df[df.snapshot_month < split_month]
val = df[(df.snapshot_month >= split_month) & ~df.customer_id.isin(fit.customer_id)]
print("fit", fit.shape, "val", val.shape)

model = CatBoostClassifier(iterations=500, depth=6, learning_rate=0.08, random_seed=0, verbose=False)
model.fit(Pool(fit[FEATS], fit[TARGET], cat_features=CAT))

val_pred = model.predict(Pool(val[FEATS], cat_features=CAT))
majority = fit[TARGET].mode()[0]
print("baseline (always %d) accuracy: %.4f" % (majority, accuracy_score(val[TARGET], [majority] * len(val))))
print("catboost accuracy:            %.4f" % accuracy_score(val[TARGET], val_pred))

model.fit(Pool(df[FEATS], df[TARGET], cat_features=CAT))
out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": model.predict_proba(Pool(test[FEATS], cat_features=CAT))[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.prediction.describe())
