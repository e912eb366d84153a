# Patch-seq: classify interneuron subclass (Pvalb/Sst/Vip/Lamp5) from electrophysiology.
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import balanced_accuracy_score, confusion_matrix

ephys = pd.read_csv("patchseq_ephys_features.csv")
ephys = ephys[ephys["subclass"].isin(["Pvalb", "Sst", "Vip", "Lamp5"])]

feature_names = [
    "rmp", "input_resistance", "tau", "sag_ratio", "rheobase", "ap_threshold", "ap_amplitude",
    "ap_width", "upstroke_downstroke", "ahp_depth", "f_i_slope", "max_rate", "adaptation_index",
    "latency", "isi_cv", "burstiness",
]
ephys = ephys.dropna(subset=feature_names)
X = ephys[feature_names]
y = ephys["subclass"]
print(y.value_counts())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=4)

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000)),
    "svm_rbf": make_pipeline(StandardScaler(), SVC(C=3.0, gamma="scale")),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=9)),
    "rf": RandomForestClassifier(n_estimators=500, random_state=4),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=4),
}

results = {}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    results[name] = balanced_accuracy_score(y_test, est.predict(X_test))
    print(f"{name:8s} balanced acc = {results[name]:.3f}")

winner = max(results, key=results.get)
best = candidates[winner]
print(f"\nselected model: {winner}")
print(f"test balanced accuracy: {results[winner]:.3f}")

labels = ["Pvalb", "Sst", "Vip", "Lamp5"]
cm = confusion_matrix(y_test, best.predict(X_test), labels=labels)
print(pd.DataFrame(cm, index=labels, columns=labels))
