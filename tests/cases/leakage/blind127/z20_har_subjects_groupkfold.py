# Human activity recognition from smartphone accelerometer windows
# random forest, cross-validated across volunteers (GroupKFold)

import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier

df = pd.read_csv("har_windows.csv")
print(df.shape)
print(df["activity"].value_counts())

# how many windows does each volunteer contribute?
print(df.groupby("subject")["activity"].value_counts().unstack().fillna(0))

sns.countplot(data=df, x="activity")
plt.xticks(rotation=45)
plt.show()

X = df.drop(columns=["activity", "subject"])
y = df["activity"]
subjects = df["subject"]

cv = GroupKFold(n_splits=5)
rf = RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=3)

rf_scores = cross_val_score(rf, X, y, groups=subjects, cv=cv, scoring="f1_macro")
dummy_scores = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y,
                               groups=subjects, cv=cv, scoring="f1_macro")

print("RF    macro-F1 per fold:", rf_scores.round(3))
print("RF    macro-F1: %.3f +/- %.3f" % (rf_scores.mean(), rf_scores.std()))
print("Dummy macro-F1: %.3f" % dummy_scores.mean())

rf.fit(X, y)
top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(12)
top.sort_values().plot.barh(figsize=(7, 5), title="top sensor features")
plt.tight_layout()
plt.show()
