import pandas as pd, numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
num, cat = ['amount', 'term_months', 'rate', 'income', 'dti', 'emp_years'], ['purpose', 'grade']
X, y = df[num + cat], df.defaulted
ct = lambda: make_column_transformer((StandardScaler(), num), (OneHotEncoder(handle_unknown='ignore'), cat))
models = {'lr': make_pipeline(ct(), LogisticRegression(max_iter=3000, C=.3)),
          'rf': make_pipeline(ct(), RandomForestClassifier(n_estimators=400, min_samples_leaf=4, n_jobs=-1, random_state=0))}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
sc = {k: cross_val_score(v, X, y, cv=cv, scoring='roc_auc') for k, v in models.items()}
[print(f"{k}: AUC {v.mean():.4f} ± {v.std():.4f}") for k, v in sc.items()]

best = max(sc, key=lambda k: sc[k].mean())
print('using', best)
pd.DataFrame({'loan_id': te.loan_id, 'prediction': models[best].fit(X, y).predict_proba(te[num + cat])[:, 1]}).to_csv('predictions.csv', index=False)
