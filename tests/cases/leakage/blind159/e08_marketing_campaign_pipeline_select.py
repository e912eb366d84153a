# Marketing campaign response model (iFood CRM dataset) - selection inside CV
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

df = pd.read_csv("marketing_campaign.csv", sep="\t")
df = df.dropna(subset=["Income"])
df = df[df["Year_Birth"] > 1920]

df["Age"] = 2014 - df["Year_Birth"]
df["Children"] = df["Kidhome"] + df["Teenhome"]
mnt_cols = [c for c in df.columns if c.startswith("Mnt")]
df["TotalSpend"] = df[mnt_cols].sum(axis=1)
df["TotalPurchases"] = df[["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"]].sum(axis=1)
df["AcceptedAny"] = df[[f"AcceptedCmp{i}" for i in range(1, 6)]].sum(axis=1)
df["DaysCustomer"] = (pd.Timestamp("2014-12-31") - pd.to_datetime(df["Dt_Customer"], dayfirst=True)).dt.days
df = pd.get_dummies(df, columns=["Education", "Marital_Status"], drop_first=True)

X = df.drop(columns=["ID", "Year_Birth", "Dt_Customer", "Z_CostContact", "Z_Revenue", "Response"]).astype(float)
y = df["Response"]
print(X.shape, y.mean())

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_classif, k=15)),
    ("clf", LogisticRegression(max_iter=1000, C=0.3)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
scoring = ["roc_auc", "f1", "average_precision"]

results = {}
for name, est in {"prior baseline": DummyClassifier(strategy="prior"), "select+logreg": pipe}.items():
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    results[name] = {m: res[f"test_{m}"].mean() for m in scoring}
print(pd.DataFrame(results).T.round(3))

# which columns get picked when fitted on everything (for the write-up only)
pipe.fit(X, y)
kept = X.columns[pipe.named_steps["select"].get_support()]
print("columns kept on full fit:", list(kept))
