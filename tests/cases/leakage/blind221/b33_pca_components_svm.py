"""
Fraud detection with PCA-compressed features and an RBF SVM.

Steps
1. one-hot + log transform
2. scale + PCA down to 95% of variance
3. hold out 20%
4. duplicate fraud rows in the training part (x8) so the SVM sees enough positives
5. SVM vs logistic regression on the held-out part
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_fscore_support


class FraudData:
    cats = ["merchant_category", "country", "device_type"]
    nums = ["amount", "hour", "card_age_days", "tx_count_24h"]

    def __init__(self, train_path="train.csv", test_path="test.csv"):
        self.train = pd.read_csv(train_path)
        self.test = pd.read_csv(test_path)

    def design(self, frame, columns=None):
        d = frame[self.nums + self.cats].copy()
        d["amount"] = np.log1p(d["amount"])
        d["card_age_days"] = np.log1p(d["card_age_days"])
        d = pd.get_dummies(d, columns=self.cats, dtype=float)
        if columns is not None:
            d = d.reindex(columns=columns, fill_value=0.0)
        return d


data = FraudData()
X_raw = data.design(data.train)
y = data.train["is_fraud"].to_numpy()
X_sub_raw = data.design(data.test, X_raw.columns)

scaler = StandardScaler().fit(X_raw)
pca = PCA(n_components=0.95, svd_solver="full").fit(scaler.transform(X_raw))
print("PCA components:", pca.n_components_, "explained:", pca.explained_variance_ratio_.sum().round(3))

Z = pca.transform(scaler.transform(X_raw))
Z_sub = pca.transform(scaler.transform(X_sub_raw))

Z_tr, Z_ho, y_tr, y_ho = train_test_split(Z, y, test_size=0.2, stratify=y, random_state=4)

# oversample the training part by duplicating fraud rows
fraud_idx = np.where(y_tr == 1)[0]
dup = np.repeat(fraud_idx, 7)
Z_tr_os = np.vstack([Z_tr, Z_tr[dup]])
y_tr_os = np.concatenate([y_tr, y_tr[dup]])
print("training rows after duplication:", len(y_tr_os), "fraud share:", y_tr_os.mean().round(3))

# SVC on everything is slow -> subsample legit rows for the SVM
rng = np.random.default_rng(4)
legit = np.where(y_tr_os == 0)[0]
keep = np.concatenate([np.where(y_tr_os == 1)[0], rng.choice(legit, size=min(len(legit), 20000), replace=False)])

models = {
    "svm_rbf": (SVC(C=1.0, gamma="scale", probability=True, random_state=4), keep),
    "logreg": (LogisticRegression(max_iter=2000), np.arange(len(y_tr_os))),
}

for name, (model, rows) in models.items():
    model.fit(Z_tr_os[rows], y_tr_os[rows])
    s = model.predict_proba(Z_ho)[:, 1]
    p, r, f, _ = precision_recall_fscore_support(y_ho, (s >= 0.5).astype(int), average="binary", zero_division=0)
    print(f"{name}: AUC={roc_auc_score(y_ho, s):.4f} AP={average_precision_score(y_ho, s):.4f} "
          f"P={p:.3f} R={r:.3f} F1={f:.3f}")
    top = np.argsort(-s)[: int(0.01 * len(s))]
    print(f"    precision in top 1%: {y_ho[top].mean():.3f}")

svm = models["svm_rbf"][0]
pd.DataFrame({"transaction_id": data.test["transaction_id"], "prediction": svm.predict_proba(Z_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
