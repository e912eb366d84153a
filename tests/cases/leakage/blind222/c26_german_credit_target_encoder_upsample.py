"""
Statlog German Credit (OpenML credit-g): good vs bad credit risk.

- categorical columns -> category_encoders.TargetEncoder
- 'bad' is only 30% -> upsample it so both classes have the same size
- compare a few classifiers
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.preprocessing import MinMaxScaler
from sklearn.pipeline import Pipeline
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, recall_score, precision_score, fbeta_score

RS = 11

credit = pd.read_csv("credit-g.csv")
credit["bad"] = (credit["class"] == "bad").astype(int)
credit = credit.drop(columns=["class"])
print(credit.shape, credit["bad"].mean())

# personal_status mixes sex and marital status
credit["sex"] = credit["personal_status"].str.split(" ").str[0]
credit["monthly_burden"] = credit["credit_amount"] / credit["duration"]
credit["amount_per_age"] = credit["credit_amount"] / credit["age"]

cat_cols = credit.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in credit.columns if c not in cat_cols + ["bad"]]
print(len(cat_cols), "categorical /", len(num_cols), "numeric")

encoder = ce.TargetEncoder(cols=cat_cols, smoothing=5.0)
encoded = encoder.fit_transform(credit[cat_cols + num_cols], credit["bad"])
encoded["bad"] = credit["bad"].values

# balance the classes
good = encoded[encoded["bad"] == 0]
bad = encoded[encoded["bad"] == 1]
bad_up = resample(bad, replace=True, n_samples=len(good), random_state=RS)
balanced = pd.concat([good, bad_up]).sample(frac=1.0, random_state=RS)
print(balanced["bad"].value_counts())

X = balanced.drop(columns="bad")
y = balanced["bad"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=RS,
                                                    stratify=y)

classifiers = {
    "logistic": Pipeline([("mm", MinMaxScaler()), ("lr", LogisticRegression(max_iter=2000))]),
    "random_forest": RandomForestClassifier(n_estimators=500, max_depth=8, random_state=RS),
    "extra_trees": ExtraTreesClassifier(n_estimators=500, max_depth=10, random_state=RS),
    "catboost": CatBoostClassifier(iterations=800, depth=5, learning_rate=0.03,
                                   random_seed=RS, verbose=0),
}


def score(model, X_te, y_te):
    proba = model.predict_proba(X_te)[:, 1]
    pred = (proba >= 0.5).astype(int)
    # the German credit cost matrix says a missed bad is 5x worse -> F2
    return {"auc": roc_auc_score(y_te, proba),
            "recall_bad": recall_score(y_te, pred),
            "precision_bad": precision_score(y_te, pred),
            "f2": fbeta_score(y_te, pred, beta=2)}


table = {}
for name, clf in classifiers.items():
    clf.fit(X_train, y_train)
    table[name] = score(clf, X_test, y_test)

table = pd.DataFrame(table).T.sort_values("auc", ascending=False)
print(table.round(3))

rf = classifiers["random_forest"]
print(pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(10))
