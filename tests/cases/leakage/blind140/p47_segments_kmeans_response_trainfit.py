"""Customer segments and campaign response (Kaggle 'Customer Personality Analysis').

marketing_campaign.csv (tab separated): one row per customer, Response = accepted the last campaign.
Idea: cluster customers on spending behaviour, then check whether the segment helps a
response model beyond the raw attributes.
"""
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

cust = pd.read_csv("data/marketing_campaign.csv", sep="\t")
cust = cust.dropna(subset=["Income"])
cust = cust[(cust["Year_Birth"] > 1920) & (cust["Income"] < 200_000)]

cust["Dt_Customer"] = pd.to_datetime(cust["Dt_Customer"], format="%d-%m-%Y")
cust["tenure_days"] = (pd.Timestamp("2014-12-31") - cust["Dt_Customer"]).dt.days
cust["age"] = 2014 - cust["Year_Birth"]
cust["children"] = cust["Kidhome"] + cust["Teenhome"]
mnt = [c for c in cust.columns if c.startswith("Mnt")]
num = ["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases", "NumDealsPurchases"]
cust["total_spend"] = cust[mnt].sum(axis=1)
cust["total_purchases"] = cust[num].sum(axis=1)
cust["prev_accepted"] = cust[[f"AcceptedCmp{i}" for i in range(1, 6)]].sum(axis=1)
cust["graduate"] = cust["Education"].isin(["Graduation", "Master", "PhD"]).astype(int)
cust["couple"] = cust["Marital_Status"].isin(["Married", "Together"]).astype(int)
print(cust.shape, "response rate:", cust["Response"].mean().round(3))

SEG_FEATURES = ["Income", "total_spend", "total_purchases", "NumWebVisitsMonth",
                "MntWines", "MntMeatProducts", "MntGoldProds", "NumDealsPurchases"]
BASE_FEATURES = ["age", "Income", "children", "tenure_days", "Recency", "total_spend",
                 "total_purchases", "NumWebVisitsMonth", "prev_accepted", "graduate", "couple"]

train, test = train_test_split(cust, test_size=0.3, stratify=cust["Response"], random_state=3)
train, test = train.copy(), test.copy()

# ---- customer segmentation (learned on the training customers) ---------------------
seg_scaler = StandardScaler().fit(np.log1p(train[SEG_FEATURES]))
km = KMeans(n_clusters=5, n_init=20, random_state=3)
km.fit(seg_scaler.transform(np.log1p(train[SEG_FEATURES])))
train["segment"] = km.predict(seg_scaler.transform(np.log1p(train[SEG_FEATURES])))
test["segment"] = km.predict(seg_scaler.transform(np.log1p(test[SEG_FEATURES])))
print(train.groupby("segment")[["Income", "total_spend", "Response"]].mean().round(2))

SEG_COLS = [f"seg_{k}" for k in range(5)]
for k in range(5):
    train[f"seg_{k}"] = (train["segment"] == k).astype(int)
    test[f"seg_{k}"] = (test["segment"] == k).astype(int)

results = {}
for name, feats in [("baseline (attributes only)", BASE_FEATURES),
                    ("attributes + segment", BASE_FEATURES + SEG_COLS)]:
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
    model.fit(train[feats], train["Response"])
    p = model.predict_proba(test[feats])[:, 1]
    results[name] = {"roc_auc": roc_auc_score(test["Response"], p),
                     "avg_precision": average_precision_score(test["Response"], p)}
print(pd.DataFrame(results).T.round(4))
