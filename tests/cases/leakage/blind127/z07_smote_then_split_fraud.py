# Credit card fraud detection with SMOTE + random forest
# dataset: creditcard.csv (Time, V1..V28, Amount, Class)

import pandas as pd
import matplotlib.pyplot as plt
from collections import Counter
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

df = pd.read_csv("creditcard.csv")
print(df.shape)
print(df["Class"].value_counts(normalize=True))

df["Class"].value_counts().plot(kind="bar", title="before SMOTE")
plt.show()

X = df.drop(["Class", "Time"], axis=1)
y = df["Class"]

# balance the classes
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", Counter(y_res))

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.3, random_state=42
)

rf = RandomForestClassifier(n_estimators=100, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)
y_proba = rf.predict_proba(X_test)[:, 1]

print(classification_report(y_test, y_pred, digits=4))
print("ROC AUC:", roc_auc_score(y_test, y_proba))
print(confusion_matrix(y_test, y_pred))

feat_imp = pd.Series(rf.feature_importances_, index=X.columns).nlargest(15)
feat_imp.plot(kind="barh", figsize=(7, 6))
plt.title("Random forest importances")
plt.show()
