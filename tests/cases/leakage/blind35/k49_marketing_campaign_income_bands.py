# iFood campaign response - banded income / spend features + gradient boosting
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

mc = pd.read_csv("marketing_campaign.csv", sep="\t")
print(mc.shape)
print(mc.isna().sum()[mc.isna().sum() > 0])

mc = mc.drop(columns=["ID", "Z_CostContact", "Z_Revenue"])
mc["Dt_Customer"] = pd.to_datetime(mc["Dt_Customer"], format="%d-%m-%Y")
mc["Age"] = 2014 - mc["Year_Birth"]
mc = mc[(mc["Age"] < 100) & (mc["Income"].isna() | (mc["Income"] < 600_000))]

# 24 customers without income -> median
mc["Income"] = mc["Income"].fillna(mc["Income"].median())

mnt_cols = [c for c in mc.columns if c.startswith("Mnt")]
mc["Spend"] = mc[mnt_cols].sum(axis=1)
mc["WineShare"] = mc["MntWines"] / mc["Spend"]
mc["Kids"] = mc["Kidhome"] + mc["Teenhome"]
mc["CustomerYears"] = (pd.Timestamp("2014-12-31") - mc["Dt_Customer"]).dt.days / 365.25
mc["AcceptedAny"] = mc[[f"AcceptedCmp{i}" for i in range(1, 6)]].max(axis=1)

# income and spend quartiles for the marketing team's language ("Q4 income, Q1 spend")
mc["IncomeBand"] = pd.qcut(mc["Income"], 4, labels=["Q1", "Q2", "Q3", "Q4"])
mc["SpendBand"] = pd.qcut(mc["Spend"], 4, labels=["Q1", "Q2", "Q3", "Q4"])
mc["AgeBand"] = pd.cut(mc["Age"], [0, 35, 50, 65, 120], labels=["<35", "35-50", "50-65", "65+"])

print(pd.crosstab(mc["IncomeBand"], mc["SpendBand"], values=mc["Response"], aggfunc="mean").round(3))
print(mc.groupby("AgeBand", observed=True)["Response"].mean())

mc["Education"] = mc["Education"].replace({"2n Cycle": "Master", "Basic": "Graduation"})
mc["Marital_Status"] = mc["Marital_Status"].replace({"Alone": "Single", "Absurd": "Single", "YOLO": "Single",
                                                     "Together": "Married"})

model_cols = ["Recency", "NumDealsPurchases", "NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases",
              "NumWebVisitsMonth", "WineShare", "Kids", "CustomerYears", "AcceptedAny", "Complain",
              "IncomeBand", "SpendBand", "AgeBand", "Education", "Marital_Status"] + \
             [f"AcceptedCmp{i}" for i in range(1, 6)]
X = pd.get_dummies(mc[model_cols], columns=["IncomeBand", "SpendBand", "AgeBand", "Education", "Marital_Status"],
                   dtype=int)
y = mc["Response"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=0)
gb.fit(X_train, y_train)
base = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

p = gb.predict_proba(X_test)[:, 1]
print("GBM AUC:", round(roc_auc_score(y_test, p), 3), " F1@0.3:", round(f1_score(y_test, p > 0.3), 3))
print("majority-class baseline F1:", round(f1_score(y_test, base.predict(X_test)), 3))
print(classification_report(y_test, p > 0.3))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15).round(4))
