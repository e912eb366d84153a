# Marketing campaign response model (iFood CRM dataset)
# Goal: which customers accept the next campaign offer ("Response").
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

df = pd.read_csv("marketing_campaign.csv", sep="\t")
print(df.shape)
df = df.dropna(subset=["Income"])
df = df[df["Year_Birth"] > 1920]          # a few impossible birth years

# --- feature engineering -------------------------------------------------
df["Age"] = 2014 - df["Year_Birth"]
df["Children"] = df["Kidhome"] + df["Teenhome"]
mnt = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
       "MntSweetProducts", "MntGoldProds"]
df["TotalSpend"] = df[mnt].sum(axis=1)
df["TotalPurchases"] = df[["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"]].sum(axis=1)
df["AcceptedAny"] = df[[f"AcceptedCmp{i}" for i in range(1, 6)]].sum(axis=1)
enrolled = pd.to_datetime(df["Dt_Customer"], dayfirst=True)
df["DaysCustomer"] = (pd.Timestamp("2014-12-31") - enrolled).dt.days
df = pd.get_dummies(df, columns=["Education", "Marital_Status"], drop_first=True)

drop = ["ID", "Year_Birth", "Dt_Customer", "Z_CostContact", "Z_Revenue", "Response"]
X = df.drop(columns=drop).astype(float)
y = df["Response"]
print("features:", X.shape[1], "positive rate:", round(y.mean(), 3))

# --- keep the 15 most informative columns ---------------------------------
selector = SelectKBest(score_func=f_classif, k=15)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.3))
dummy = DummyClassifier(strategy="prior")

for name, est in [("dummy", dummy), ("logreg", model)]:
    auc = cross_val_score(est, X_sel, y, cv=cv, scoring="roc_auc")
    f1 = cross_val_score(est, X_sel, y, cv=cv, scoring="f1")
    print(f"{name:7s} AUC {auc.mean():.3f} +- {auc.std():.3f}   F1 {f1.mean():.3f}")

model.fit(X_sel, y)
coef = pd.Series(model[-1].coef_[0], index=kept).sort_values()
print(coef)
