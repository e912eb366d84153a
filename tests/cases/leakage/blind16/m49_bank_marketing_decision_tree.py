# Bank marketing - interpretable decision tree: which clients say yes?
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.tree import DecisionTreeClassifier, plot_tree, export_text
from sklearn.metrics import accuracy_score, recall_score, confusion_matrix

bank = pd.read_csv('bank.csv', sep=';')
print(bank.shape)
print(bank.dtypes)
print(bank['y'].value_counts())

for col in ['job', 'marital', 'education', 'contact']:
    print(pd.crosstab(bank[col], bank['y'], normalize='index').round(3), '\n')

bank['age'].hist(bins=40)
plt.show()

bank['y'] = (bank['y'] == 'yes').astype(int)
bank = bank.drop(columns=['duration'])

X = pd.get_dummies(bank.drop(columns='y'), drop_first=True)
y = bank['y']

tree = DecisionTreeClassifier(max_depth=4, min_samples_leaf=30, class_weight='balanced', random_state=0)
tree.fit(X, y)

pred = tree.predict(X)
majority_rate = 1 - y.mean()
print('accuracy of always predicting "no": %.3f' % majority_rate)
print('tree accuracy: %.3f' % accuracy_score(y, pred))
print('tree recall on "yes": %.3f' % recall_score(y, pred))
print(confusion_matrix(y, pred))

print(export_text(tree, feature_names=list(X.columns)))

plt.figure(figsize=(22, 9))
plot_tree(tree, feature_names=X.columns, class_names=['no', 'yes'], filled=True, fontsize=8)
plt.show()

imp = pd.Series(tree.feature_importances_, index=X.columns)
print(imp[imp > 0].sort_values(ascending=False))
