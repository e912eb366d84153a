# Credit card fraud detection with SMOTE + random forest
# SMOTE lives inside an imblearn pipeline, so only the training rows are oversampled.

import pandas as pd
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

df = pd.read_csv("creditcard.csv")
print(df.shape)
print(df["Class"].value_counts(normalize=True))

X = df.drop(["Class", "Time"], axis=1)
y = df["Class"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=42
)

model = Pipeline([
    ("smote", SMOTE(random_state=42)),
    ("rf", RandomForestClassifier(n_estimators=100, n_jobs=-1, random_state=42)),
])
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
prior_proba = prior.predict_proba(X_test)[:, 1]

print(classification_report(y_test, pred, digits=4))
print("ROC AUC  model: %.4f  prior: %.4f" % (roc_auc_score(y_test, proba), roc_auc_score(y_test, prior_proba)))
print("PR AUC   model: %.4f  prior: %.4f" % (average_precision_score(y_test, proba),
                                             average_precision_score(y_test, prior_proba)))

feat_imp = pd.Series(model.named_steps["rf"].feature_importances_, index=X.columns).nlargest(15)
feat_imp.plot(kind="barh", figsize=(7, 6))
plt.title("Random forest importances")
plt.show()
