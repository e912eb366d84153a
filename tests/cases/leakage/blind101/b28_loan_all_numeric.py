# Loan default - LightGBM, out-of-time test on the last year of loans
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

df = pd.read_csv("train.csv", parse_dates=["issue_date"])
print(df.shape)
print(df.dtypes)
print(df["defaulted"].value_counts(normalize=True))
print(df.groupby(df["issue_date"].dt.year)["defaulted"].mean())
print(df.isna().mean().sort_values(ascending=False).head(10))

# categorical -> one-hot, everything numeric goes in
cats = ["term", "grade", "sub_grade", "emp_length", "home_ownership", "verification_status", "purpose"]
df = pd.get_dummies(df, columns=cats, dtype=int)
features = df.select_dtypes("number").columns.drop("defaulted").tolist()
print(len(features), "features")

train = df[df["issue_date"] < "2020-01-01"]
test = df[df["issue_date"] >= "2020-01-01"]

model = lgb.LGBMClassifier(n_estimators=800, learning_rate=0.03, num_leaves=63, min_child_samples=100,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.7, verbose=-1)
model.fit(train[features], train["defaulted"])

p = model.predict_proba(test[features])[:, 1]
base = DummyClassifier(strategy="prior").fit(train[features], train["defaulted"]).predict_proba(test[features])[:, 1]
print("LightGBM : AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(test["defaulted"], p), average_precision_score(test["defaulted"], p), log_loss(test["defaulted"], p)))
print("baseline : AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(test["defaulted"], base), average_precision_score(test["defaulted"], base), log_loss(test["defaulted"], base)))

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(10))

sub = pd.get_dummies(pd.read_csv("test.csv", parse_dates=["issue_date"]), columns=cats, dtype=int)
sub = sub.reindex(columns=df.columns.drop("defaulted"), fill_value=0)
model.fit(df[features], df["defaulted"])
pd.DataFrame({"loan_id": sub["loan_id"], "prediction": model.predict_proba(sub[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
