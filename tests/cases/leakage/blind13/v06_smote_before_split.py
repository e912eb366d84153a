import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from collections import Counter

from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import (
    confusion_matrix,
    ConfusionMatrixDisplay,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

# Machine failure prediction (predictive maintenance dataset)
data = pd.read_csv("predictive_maintenance.csv")
data = data.rename(columns=lambda c: c.split(" [")[0].strip().replace(" ", "_").lower())
print(data.columns.tolist())

# product quality L/M/H -> ordinal
data["quality"] = data["type"].map({"L": 0, "M": 1, "H": 2})

# physics-ish features
data["temp_diff"] = data["process_temperature"] - data["air_temperature"]
data["power"] = data["torque"] * data["rotational_speed"] * 2 * np.pi / 60
data["strain"] = data["tool_wear"] * data["torque"]

features = ["quality", "air_temperature", "process_temperature", "rotational_speed",
            "torque", "tool_wear", "temp_diff", "power", "strain"]
X = data[features]
y = data["target"]
print("class counts before:", Counter(y))

# very imbalanced (~3% failures) -> oversample
sm = SMOTE(sampling_strategy=0.5, random_state=0)
X_res, y_res = sm.fit_resample(X, y)
print("class counts after :", Counter(y_res))

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.3, random_state=0, stratify=y_res
)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]

print("precision:", precision_score(y_test, pred))
print("recall   :", recall_score(y_test, pred))
print("f1       :", f1_score(y_test, pred))
print("roc auc  :", roc_auc_score(y_test, proba))

ConfusionMatrixDisplay(confusion_matrix(y_test, pred)).plot()
plt.title("RF after SMOTE")
plt.savefig("cm.png", dpi=120)

importances = pd.Series(rf.feature_importances_, index=features).sort_values()
importances.plot.barh(figsize=(6, 4))
plt.tight_layout()
plt.savefig("rf_importance.png", dpi=120)
