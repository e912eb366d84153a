# loan-default: borrower-level split, random forest, one number to report
import pandas as pd, numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.describe(include='all').T[['count', 'mean', 'unique']])
print(df.groupby('borrower_id').size().value_counts().head())

dm = lambda d: pd.get_dummies(d.drop(columns=['loan_id', 'borrower_id', 'defaulted'], errors='ignore'), columns=['purpose', 'grade'], dtype=int)
X, y = dm(df), df.defaulted
tr, va = next(GroupShuffleSplit(test_size=.2, random_state=4).split(X, groups=df.borrower_id))
m = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=4).fit(X.iloc[tr], y.iloc[tr])
print(f"val accuracy = {accuracy_score(y.iloc[va], m.predict(X.iloc[va])):.4f}")
print(pd.Series(m.feature_importances_, X.columns).sort_values(ascending=False).head(8).round(3))

m.fit(X, y)
pd.DataFrame({'loan_id': te.loan_id, 'prediction': m.predict_proba(dm(te).reindex(columns=X.columns, fill_value=0))[:, 1]}).to_csv('predictions.csv', index=False)

sub = pd.read_csv('predictions.csv')
assert sub.prediction.between(0, 1).all() and sub.loan_id.is_unique and len(sub) == len(te), 'bad submission'
