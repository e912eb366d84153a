"""Adult census income (>50K) - HistGradientBoosting with sklearn's TargetEncoder.

The high-cardinality columns are target-encoded by sklearn.preprocessing.TargetEncoder
inside the pipeline: cross_validate refits the whole pipeline per fold, and the
encoder itself cross-fits its training encodings.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, TargetEncoder

df = pd.read_csv("../input/adult-census-income/adult.csv", na_values="?")
print(df.shape)
df["target"] = (df["income"] == ">50K").astype(int)
print(df["target"].value_counts(normalize=True))

df["capital_net"] = df["capital.gain"] - df["capital.loss"]
df["has_capital"] = (df["capital_net"] != 0).astype(int)
df["log_fnlwgt"] = np.log(df["fnlwgt"])
df["is_married"] = df["marital.status"].str.startswith("Married").astype(int)
df["hours_bucket"] = pd.cut(df["hours.per.week"], bins=[0, 20, 35, 40, 50, 100], labels=False)

high_card = ["native.country", "occupation", "education"]
low_card = ["workclass", "marital.status", "relationship", "race", "sex"]
numeric = ["age", "education.num", "capital.gain", "capital.loss", "hours.per.week",
           "capital_net", "has_capital", "log_fnlwgt", "is_married", "hours_bucket"]

X = df[high_card + low_card + numeric]
y = df["target"].values

pre = ColumnTransformer([
    ("te", TargetEncoder(target_type="binary", smooth="auto", cv=5, random_state=0), high_card),
    ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=30, sparse_output=False), low_card),
    ("num", "passthrough", numeric),
])
model = Pipeline([
    ("pre", pre),
    ("hgb", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                           l2_regularization=1.0, random_state=0)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "accuracy", "f1"]
res = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=-1)
res_dummy = cross_validate(DummyClassifier(strategy="most_frequent"), X, y, cv=cv, scoring=scoring)
for m in scoring:
    print(f"{m:9s} model {res['test_' + m].mean():.4f} | most-frequent dummy {res_dummy['test_' + m].mean():.4f}")

model.fit(X, y)
enc = model.named_steps["pre"].named_transformers_["te"]
for col, cats, vals in zip(high_card, enc.categories_, enc.encodings_):
    top = pd.Series(vals, index=cats).sort_values(ascending=False).head(5)
    print(col, top.round(3).to_dict())
