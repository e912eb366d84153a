import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.linear_model import LogisticRegression

# --- load -----------------------------------------------------------------
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

mfcc = [c for c in df.columns if c.startswith("mfcc_") or c.startswith("delta_")]
spectral = ["zcr_mean", "centroid_mean", "rolloff_mean", "rms_mean"]
prosody = ["f0_mean", "f0_std", "speech_rate"]
cols = mfcc + spectral + prosody

X = df[cols].values
y = df["dysarthric"].astype(int).values
print("clips:", len(y), " positive share: %.2f" % y.mean())

# --- scale ----------------------------------------------------------------
sc = StandardScaler()
X = sc.fit_transform(X)
X_test = sc.transform(test[cols].values)

# --- models ---------------------------------------------------------------
skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
models = {
    "knn7": KNeighborsClassifier(n_neighbors=7),
    "svc": SVC(C=3, probability=True),
    "logreg": LogisticRegression(max_iter=1000),
}
best, best_auc = None, -1
for name, m in models.items():
    auc = cross_val_score(m, X, y, cv=skf, scoring="roc_auc")
    f1 = cross_val_score(m, X, y, cv=skf, scoring="f1")
    print(f"{name:7s} AUC {auc.mean():.3f} (+/- {auc.std():.3f})  F1 {f1.mean():.3f}")
    if auc.mean() > best_auc:
        best, best_auc = name, auc.mean()

print("using", best)
final = models[best].fit(X, y)
pd.DataFrame({"clip_id": test["clip_id"],
              "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
