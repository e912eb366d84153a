# Online shoppers purchase intention (UCI) - cluster-id feature + gradient boosting
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.cluster import KMeans
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score, silhouette_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("online_shoppers_intention.csv")
df["Revenue"] = df["Revenue"].astype(int)
df["Weekend"] = df["Weekend"].astype(int)
df = pd.get_dummies(df, columns=["Month", "VisitorType"], drop_first=True)

behaviour = ["Administrative", "Administrative_Duration", "Informational", "Informational_Duration",
             "ProductRelated", "ProductRelated_Duration", "BounceRates", "ExitRates", "PageValues"]

X = df.drop(columns=["Revenue"])
y = df["Revenue"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

# --- session clusters on the behavioural block ---
beh_all = pd.concat([X_train[behaviour], X_test[behaviour]])
sc = StandardScaler().fit(np.log1p(beh_all))
Z_all = sc.transform(np.log1p(beh_all))

inertia = []
for k in range(2, 11):
    km_k = KMeans(n_clusters=k, n_init=10, random_state=8).fit(Z_all)
    inertia.append(km_k.inertia_)
plt.plot(range(2, 11), inertia, "o-")
plt.title("elbow")
plt.savefig("elbow.png")
plt.close()

km = KMeans(n_clusters=6, n_init=10, random_state=8).fit(Z_all)
print("silhouette:", silhouette_score(Z_all, km.labels_, sample_size=5000, random_state=8))

X_train = X_train.assign(cluster=km.predict(sc.transform(np.log1p(X_train[behaviour]))))
X_test = X_test.assign(cluster=km.predict(sc.transform(np.log1p(X_test[behaviour]))))
X_train = pd.get_dummies(X_train, columns=["cluster"], prefix="cl")
X_test = pd.get_dummies(X_test, columns=["cluster"], prefix="cl").reindex(columns=X_train.columns, fill_value=0)

print(pd.crosstab(X_train.filter(like="cl_").idxmax(axis=1), y_train, normalize="index"))

gbc = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=8)
gbc.fit(X_train, y_train)
p = gbc.predict_proba(X_test)[:, 1]
print("test AUC:", round(roc_auc_score(y_test, p), 4))
print("test F1 :", round(f1_score(y_test, (p > 0.4).astype(int)), 4))
