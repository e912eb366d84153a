import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC
from sklearn.calibration import CalibratedClassifierCV

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

ONE_HOT = ["merchant_category", "country", "device"]


def design(df):
    t = pd.to_datetime(df.transaction_time)
    m = pd.get_dummies(df[ONE_HOT], dtype=float)
    m["log_amount"] = np.log1p(df.amount)
    m["hour_sin"] = np.sin(2 * np.pi * t.dt.hour / 24)
    m["hour_cos"] = np.cos(2 * np.pi * t.dt.hour / 24)
    m["dow"] = t.dt.dayofweek
    return m


X = design(train)
y = train.is_fraud.values
X_test = design(test).reindex(columns=X.columns, fill_value=0.0)

# decorrelate the one-hot block: standardise, then keep 95% of the variance
scaler = StandardScaler().fit(X)
pca = PCA(n_components=0.95, svd_solver="full", random_state=0).fit(scaler.transform(X))
Z = pca.transform(scaler.transform(X))
Z_test = pca.transform(scaler.transform(X_test))
print(f"{X.shape[1]} columns -> {Z.shape[1]} components")

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=0)
models = {
    "logreg": LogisticRegression(max_iter=3000, class_weight="balanced"),
    "linear_svm": CalibratedClassifierCV(LinearSVC(C=0.1, class_weight="balanced"), cv=3),
}
scores = {}
for name, m in models.items():
    auc = cross_val_score(m, Z, y, cv=cv, scoring="roc_auc")
    ap = cross_val_score(m, Z, y, cv=cv, scoring="average_precision")
    scores[name] = auc.mean()
    print(f"{name:<11} ROC AUC {auc.mean():.4f} (sd {auc.std():.4f})  AP {ap.mean():.4f}")

best = max(scores, key=scores.get)
print("using", best)
clf = models[best].fit(Z, y)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": clf.predict_proba(Z_test)[:, 1]}).to_csv("predictions.csv", index=False)
