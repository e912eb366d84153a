import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def calendar(df):
    ts = pd.to_datetime(df["transaction_time"])
    return df.assign(hour=ts.dt.hour, weekday=ts.dt.weekday, month=ts.dt.month,
                     log_amount=np.log1p(df["amount"]))


train = calendar(train)
test = calendar(test)

num_cols = ["log_amount", "hour", "weekday", "month"]
cat_cols = ["merchant_category", "country", "device"]

X = train[num_cols + cat_cols]
y = train["is_fraud"]

preprocess = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="missing")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore"))]), cat_cols),
])

forest = Pipeline([
    ("prep", preprocess),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=4,
                                  class_weight="balanced", n_jobs=-1, random_state=1)),
])
dummy = DummyClassifier(strategy="most_frequent")

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)

print("5-fold CV ROC AUC")
for label, est in [("dummy baseline", dummy), ("random forest", forest)]:
    scores = cross_val_score(est, X, y, cv=skf, scoring="roc_auc")
    print(f"  {label:15s} {scores.mean():.4f} (+/- {scores.std():.4f})")

forest.fit(X, y)
proba = forest.predict_proba(test[num_cols + cat_cols])[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": proba}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv with", len(proba), "rows")
