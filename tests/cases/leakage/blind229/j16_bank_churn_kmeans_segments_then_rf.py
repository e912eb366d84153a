"""
Bank customer churn: segment customers with k-means, then use the segment as an
extra feature for churn classification.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.cluster import KMeans
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score, silhouette_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

churn = pd.read_csv("Churn_Modelling.csv")
churn = churn.drop(columns=["RowNumber", "CustomerId", "Surname"])
print(churn.shape, "churn rate:", churn.Exited.mean().round(3))

churn = pd.get_dummies(churn, columns=["Geography", "Gender"], drop_first=True)
churn["BalanceSalaryRatio"] = churn.Balance / churn.EstimatedSalary
churn["ZeroBalance"] = (churn.Balance == 0).astype(int)
churn["TenureByAge"] = churn.Tenure / churn.Age

num_cols = ["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "EstimatedSalary",
            "BalanceSalaryRatio", "TenureByAge"]
other_cols = [c for c in churn.columns if c not in num_cols + ["Exited"]]

# ---------------------------------------------------------------------------
# 1. segmentation
# ---------------------------------------------------------------------------
scaler = StandardScaler()
Z = scaler.fit_transform(churn[num_cols])

inertia, sil = [], []
ks = range(2, 9)
for k in ks:
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(Z)
    inertia.append(km.inertia_)
    sil.append(silhouette_score(Z, km.labels_, sample_size=4000, random_state=0))
fig, ax = plt.subplots(1, 2, figsize=(10, 3.5))
ax[0].plot(list(ks), inertia, "o-"); ax[0].set_title("elbow")
ax[1].plot(list(ks), sil, "o-"); ax[1].set_title("silhouette")
fig.tight_layout(); fig.savefig("segments_k.png")

kmeans = KMeans(n_clusters=4, n_init=10, random_state=0)
churn["segment"] = kmeans.fit_predict(Z)

profile = churn.groupby("segment")[num_cols + ["Exited"]].mean().round(2)
profile["size"] = churn.segment.value_counts().sort_index()
print(profile)

# ---------------------------------------------------------------------------
# 2. churn model on scaled numerics + dummies + segment one-hot
# ---------------------------------------------------------------------------
X = pd.concat(
    [
        pd.DataFrame(Z, columns=num_cols, index=churn.index),
        churn[other_cols],
        pd.get_dummies(churn.segment, prefix="seg"),
    ],
    axis=1,
)
y = churn.Exited

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

majority_rate = 1 - y_train.mean()
print(f"baseline accuracy (always 'stays'): {majority_rate:.3f}, baseline AUC: 0.5")

clfs = {
    "logreg": LogisticRegression(max_iter=1000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced_subsample",
                                 random_state=1, n_jobs=-1),
    "gb": GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=1),
}

for name, clf in clfs.items():
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"{name:7s} AUC={roc_auc_score(y_test, proba):.4f}  F1={f1_score(y_test, pred):.4f}  "
          f"acc={np.mean(pred == y_test):.4f}")

rf = clfs["rf"]
print(pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(12))
