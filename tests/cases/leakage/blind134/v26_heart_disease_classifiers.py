"""Heart Disease UCI - logistic regression vs random forest with two extra features."""
import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report, confusion_matrix

df = pd.read_csv('data/heart.csv')
print(df.shape)
print(df['target'].value_counts())
print(df.groupby('target')[['age', 'thalach', 'oldpeak', 'chol']].mean().round(1))

# engineered features
df['chol_per_age'] = df['chol'] / df['age']
df['hr_reserve'] = (220 - df['age']) - df['thalach']

X = df.drop(columns=['target'])
y = df['target']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

logreg = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
rf = RandomForestClassifier(n_estimators=300, max_depth=5, random_state=0)

for name, model in [('logreg', logreg), ('random forest', rf)]:
    cv_acc = cross_val_score(model, X_train, y_train, cv=5, scoring='accuracy')
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = model.predict(X_test)
    print(f'{name}: CV acc {cv_acc.mean():.3f} | test acc {accuracy_score(y_test, pred):.3f} '
          f'| test ROC AUC {roc_auc_score(y_test, proba):.3f}')

print(classification_report(y_test, rf.predict(X_test)))
print(confusion_matrix(y_test, rf.predict(X_test)))

out = X_test.copy()
out['target'] = y_test
out['rf_proba'] = rf.predict_proba(X_test)[:, 1]
out['logreg_proba'] = logreg.predict_proba(X_test)[:, 1]
out.to_csv('heart_test_predictions.csv', index=False)
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.round(3).to_string())
