# Customer Personality Analysis (iFood marketing_campaign.csv)
# Who responds to the last campaign? Logistic regression on the features most correlated with Response.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

mk = pd.read_csv("marketing_campaign.csv", sep="\t")
mk = mk.drop(columns=["ID", "Z_CostContact", "Z_Revenue"])
mk = mk.dropna(subset=["Income"])
mk = mk[mk["Year_Birth"] > 1920]

mk["Dt_Customer"] = pd.to_datetime(mk["Dt_Customer"], format="%d-%m-%Y")
mk["customer_days"] = (pd.Timestamp("2014-12-31") - mk["Dt_Customer"]).dt.days
mk["Age"] = 2014 - mk["Year_Birth"]
mk["Children"] = mk["Kidhome"] + mk["Teenhome"]
spend_cols = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"]
mk["TotalSpend"] = mk[spend_cols].sum(axis=1)
mk["TotalPurchases"] = mk[["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"]].sum(axis=1)
mk["AcceptedAny"] = mk[[f"AcceptedCmp{i}" for i in range(1, 6)]].max(axis=1)
mk = pd.get_dummies(mk.drop(columns=["Dt_Customer", "Year_Birth"]), columns=["Education", "Marital_Status"],
                    drop_first=True, dtype=int)

# keep features whose absolute correlation with the response is above 0.1
corr_with_target = mk.corr()["Response"].drop("Response").abs().sort_values(ascending=False)
print(corr_with_target.head(20).round(3))
selected = corr_with_target[corr_with_target > 0.1].index.tolist()
print(len(selected), "features selected:", selected)

X = mk[selected]
y = mk["Response"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=10)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline ROC AUC:", roc_auc_score(y_test, base.predict_proba(X_test)[:, 1]))
print("logreg   ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("logreg   AP     :", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, clf.predict(X_test)))
