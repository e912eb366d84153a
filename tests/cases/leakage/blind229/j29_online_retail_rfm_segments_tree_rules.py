"""
Online Retail II (UCI) - RFM segmentation, then a shallow decision tree that
turns the k-means segments into readable rules for the CRM team.
"""
import datetime as dt

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.cluster import KMeans
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, export_text

retail = pd.read_excel("online_retail_II.xlsx", sheet_name="Year 2010-2011")
print(retail.shape)

retail = retail.dropna(subset=["Customer ID"])
retail = retail[(retail.Quantity > 0) & (retail.Price > 0)]
retail = retail[~retail.Invoice.astype(str).str.startswith("C")]
retail["Customer ID"] = retail["Customer ID"].astype(int)
retail["InvoiceDate"] = pd.to_datetime(retail["InvoiceDate"])
retail["Revenue"] = retail.Quantity * retail.Price

snapshot = retail.InvoiceDate.max() + dt.timedelta(days=1)
rfm = retail.groupby("Customer ID").agg(
    Recency=("InvoiceDate", lambda s: (snapshot - s.max()).days),
    Frequency=("Invoice", "nunique"),
    Monetary=("Revenue", "sum"),
    Tenure=("InvoiceDate", lambda s: (snapshot - s.min()).days),
    Basket=("Revenue", "mean"),
)
rfm = rfm[rfm.Monetary > 0]
print(rfm.describe().round(1))

# heavy right tails -> log before scaling
rfm_log = np.log1p(rfm)
scaler = StandardScaler()
Z = scaler.fit_transform(rfm_log)

inertias = {}
for k in range(2, 11):
    inertias[k] = KMeans(n_clusters=k, n_init=10, random_state=1).fit(Z).inertia_
plt.plot(list(inertias), list(inertias.values()), "o-")
plt.title("elbow")
plt.savefig("elbow.png")
plt.close()

K = 5
km = KMeans(n_clusters=K, n_init=20, random_state=1)
rfm["Segment"] = km.fit_predict(Z)

seg_profile = rfm.groupby("Segment").agg(
    customers=("Recency", "size"),
    recency=("Recency", "median"),
    frequency=("Frequency", "median"),
    monetary=("Monetary", "median"),
    basket=("Basket", "median"),
)
print(seg_profile)

names = {}
for seg, row in seg_profile.iterrows():
    if row.recency < 30 and row.frequency >= 8:
        names[seg] = "champions"
    elif row.recency < 60:
        names[seg] = "loyal"
    elif row.recency > 200:
        names[seg] = "lost"
    elif row.monetary > seg_profile.monetary.median():
        names[seg] = "at risk (high value)"
    else:
        names[seg] = "hibernating"
rfm["SegmentName"] = rfm.Segment.map(names)
print(rfm.SegmentName.value_counts())

# rules the CRM people can apply in SQL
tree = DecisionTreeClassifier(max_depth=4, min_samples_leaf=40, random_state=1)
tree.fit(rfm[["Recency", "Frequency", "Monetary", "Tenure", "Basket"]], rfm["SegmentName"])
pred = tree.predict(rfm[["Recency", "Frequency", "Monetary", "Tenure", "Basket"]])

print("rule accuracy vs k-means labels:", round(accuracy_score(rfm.SegmentName, pred), 4))
print(classification_report(rfm.SegmentName, pred))
print(export_text(tree, feature_names=["Recency", "Frequency", "Monetary", "Tenure", "Basket"]))

cm = confusion_matrix(rfm.SegmentName, pred, labels=sorted(rfm.SegmentName.unique()))
sns.heatmap(cm, annot=True, fmt="d", xticklabels=sorted(rfm.SegmentName.unique()),
            yticklabels=sorted(rfm.SegmentName.unique()), cmap="Blues")
plt.tight_layout()
plt.savefig("rules_confusion.png")

rfm.reset_index().to_csv("customer_segments.csv", index=False)
