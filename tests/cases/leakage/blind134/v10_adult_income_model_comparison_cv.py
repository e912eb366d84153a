"""Adult census income: compare classifiers by 5-fold CV on the training split,
then report the chosen one once on the held-out test split."""
import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

df = pd.read_csv('data/adult.csv')
df = df.replace('?', np.nan).dropna().reset_index(drop=True)
df['income'] = (df['income'].str.strip() == '>50K').astype(int)

cat_cols = ['workclass', 'education', 'marital.status', 'occupation',
            'relationship', 'race', 'sex', 'native.country']
num_cols = ['age', 'fnlwgt', 'education.num', 'capital.gain', 'capital.loss', 'hours.per.week']
X = df[cat_cols + num_cols]
y = df['income']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pre = ColumnTransformer([
    ('num', StandardScaler(), num_cols),
    ('cat', OneHotEncoder(handle_unknown='ignore'), cat_cols),
])

models = {
    'logreg': LogisticRegression(max_iter=2000),
    'tree': DecisionTreeClassifier(max_depth=8, random_state=0),
    'knn': KNeighborsClassifier(n_neighbors=25),
    'rf': RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0),
    'gb': GradientBoostingClassifier(n_estimators=300, learning_rate=0.1, random_state=0),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
cv_f1 = {}
for name, clf in models.items():
    pipe = Pipeline([('pre', clone(pre)), ('clf', clf)])
    scores = cross_val_score(pipe, X_train, y_train, cv=cv, scoring='f1', n_jobs=-1)
    cv_f1[name] = scores.mean()
    print(f'{name:7s} CV F1 {scores.mean():.4f} +/- {scores.std():.4f}')

best_name = max(cv_f1, key=cv_f1.get)
print('Selected by CV:', best_name)

final = Pipeline([('pre', clone(pre)), ('clf', models[best_name])])
final.fit(X_train, y_train)
pred = final.predict(X_test)
proba = final.predict_proba(X_test)[:, 1]

majority_acc = (y_test == 0).mean()
print(f'Majority-class baseline accuracy: {majority_acc:.4f}')
print(f'Test accuracy {accuracy_score(y_test, pred):.4f} | F1 {f1_score(y_test, pred):.4f} | '
      f'ROC AUC {roc_auc_score(y_test, proba):.4f}')
